package io.phasescope.model.landscape;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.CsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code slice.csv}: columns {@code a,b,value}, one row per grid point, b-major (E and L_λ in nats, errors as
 * 1 − accuracy; b = 0 throughout a 1D slice). Written atomically.
 */
public final class SliceCsv {

    /** The header line. */
    public static final String HEADER = "a,b,value";

    private SliceCsv() {}

    /** Writes {@code grid} to {@code file}. */
    public static void write(Path file, SliceGrid grid) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int j = 0; j < grid.b().length; j++) {
            for (int i = 0; i < grid.a().length; i++) {
                csv.append(grid.a()[i])
                        .append(',')
                        .append(grid.b()[j])
                        .append(',')
                        .append(grid.values()[j][i])
                        .append('\n');
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Reads a file written by {@link #write}: the grid of its distinct a and b values. */
    public static SliceGrid read(Path file) throws IOException {
        List<CsvRows.Row> lines = CsvRows.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        if (lines.isEmpty() || !String.join(",", lines.get(0).cells()).equals(HEADER)) {
            throw new IOException(file + " is not a slice.csv: its header must be " + HEADER);
        }
        int n = lines.size() - 1;
        double[][] rows = new double[n][];
        TreeSet<Double> as = new TreeSet<>();
        TreeSet<Double> bs = new TreeSet<>();
        for (int k = 0; k < n; k++) {
            String[] cells = lines.get(k + 1).cells();
            String malformed =
                    file + ": line " + lines.get(k + 1).line() + " is not a, b, value: " + String.join(",", cells);
            if (cells.length != 3) {
                throw new IOException(malformed);
            }
            try {
                rows[k] = new double[] {
                    Double.parseDouble(cells[0]), Double.parseDouble(cells[1]), Double.parseDouble(cells[2])
                };
            } catch (NumberFormatException e) {
                throw new IOException(malformed, e);
            }
            as.add(rows[k][0]);
            bs.add(rows[k][1]);
        }
        double[] a = as.stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = bs.stream().mapToDouble(Double::doubleValue).toArray();
        if (a.length * b.length != n) {
            throw new IOException(file + ": " + n + " rows do not fill a " + a.length + " × " + b.length + " grid");
        }
        double[][] values = new double[b.length][a.length];
        for (double[] row : rows) {
            values[bs.headSet(row[1]).size()][as.headSet(row[0]).size()] = row[2];
        }
        return new SliceGrid(a, b, values, n, n);
    }
}
