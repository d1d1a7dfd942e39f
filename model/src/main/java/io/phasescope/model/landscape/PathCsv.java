package io.phasescope.model.landscape;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.CsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code path.csv}: one row per t with the columns {@link PathProfile#COLUMNS} (t, train_loss, test_loss in
 * nats, train_error, test_error as 1 − accuracy, dist_b = ‖θ(t) − θ_B‖) and then acc_0 … acc_{k−1}, the test
 * accuracy of each class. Written atomically; NaN marks what was not measured.
 */
public final class PathCsv {

    private PathCsv() {}

    /** Writes {@code profile} to {@code file}. */
    public static void write(Path file, PathProfile profile) throws IOException {
        byte[] csv = text(profile).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(csv));
    }

    /** The CSV text of {@code profile}. */
    public static String text(PathProfile profile) {
        int classes = profile.perClassAccuracy()[0].length;
        String header = String.join(",", PathProfile.COLUMNS)
                + IntStream.range(0, classes).mapToObj(c -> ",acc_" + c).collect(Collectors.joining());
        String rows = Arrays.stream(profile.rows())
                .map(row -> Arrays.stream(row).mapToObj(Double::toString).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n"));
        return header + "\n" + rows + "\n";
    }

    /** Reads a file written by {@link #write}; the profile is named {@code kind}. */
    public static PathProfile read(Path file, String kind) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), kind);
    }

    /** Parses the text of {@link #text}, naming the profile {@code kind}; {@code source} names it in errors. */
    public static PathProfile parse(String text, String source, String kind) throws IOException {
        List<CsvRows.Row> lines = CsvRows.parse(text, source);
        if (lines.isEmpty()
                || !String.join(",", lines.get(0).cells())
                        .startsWith(String.join(",", PathProfile.COLUMNS) + ",acc_0")) {
            throw new IOException(source + " is not a path.csv: its header must start with "
                    + String.join(",", PathProfile.COLUMNS) + ",acc_0");
        }
        int fixed = PathProfile.COLUMNS.size();
        int classes = lines.get(0).cells().length - fixed;
        int n = lines.size() - 1;
        double[][] columns = new double[fixed][n];
        double[][] perClass = new double[n][classes];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).cells();
            int line = lines.get(i + 1).line();
            if (cells.length != fixed + classes) {
                throw new IOException(
                        source + ": line " + line + " has " + cells.length + " cells, expected " + (fixed + classes));
            }
            try {
                for (int c = 0; c < fixed; c++) {
                    columns[c][i] = Double.parseDouble(cells[c]);
                }
                for (int c = 0; c < classes; c++) {
                    perClass[i][c] = Double.parseDouble(cells[fixed + c]);
                }
            } catch (NumberFormatException e) {
                throw new IOException(source + ": line " + line + " holds a non-number: " + e.getMessage(), e);
            }
        }
        return new PathProfile(kind, columns[0], columns[1], columns[2], columns[3], columns[4], perClass, columns[5]);
    }
}
