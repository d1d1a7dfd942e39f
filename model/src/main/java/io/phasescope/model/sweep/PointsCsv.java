package io.phasescope.model.sweep;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.sweep.SweepMode.Branch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code points.csv}: one row per completed sweep step, header
 * {@code branch,seed,lambda,weight_decay,train_loss,reg_loss,test_loss,test_accuracy,norm,dist_ref,epochs,seconds,acc_0,…}
 * with one {@code acc_c} column per class. Rows are appended with a single write and forced to disk,
 * so a crash leaves at most a partial last line, which {@link #read} drops (and repairs).
 */
public final class PointsCsv {

    /** The columns before the per-class accuracies. */
    public static final List<String> FIXED_COLUMNS = List.of("branch", "seed", "lambda", "weight_decay", "train_loss",
            "reg_loss", "test_loss", "test_accuracy", "norm", "dist_ref", "epochs", "seconds");

    private PointsCsv() {
    }

    /** The header line for {@code classes} classes, without a line break. */
    public static String header(int classes) {
        List<String> columns = new ArrayList<>(FIXED_COLUMNS);
        for (int c = 0; c < classes; c++) {
            columns.add("acc_" + c);
        }
        return String.join(",", columns);
    }

    /** Creates {@code file} holding only the header, unless it exists. */
    public static void create(Path file, int classes) throws IOException {
        if (!Files.exists(file)) {
            AtomicFiles.write(file, out -> out.write((header(classes) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Appends one row with a single write and forces it to disk. */
    public static void append(Path file, SweepPoint point) throws IOException {
        byte[] line = (format(point) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }

    /** One row, without a line break. */
    public static String format(SweepPoint p) {
        StringBuilder row = new StringBuilder();
        row.append(p.branch().id()).append(',').append(p.seed());
        for (double v : new double[] {p.lambda(), p.weightDecay(), p.trainLoss(), p.regLoss(), p.testLoss(),
            p.testAccuracy(), p.norm(), p.distRef()}) {
            row.append(',').append(number(v));
        }
        row.append(',').append(p.epochs()).append(',').append(String.format(Locale.ROOT, "%.3f", p.seconds()));
        for (double a : p.perClassAccuracy()) {
            row.append(',').append(number(a));
        }
        return row.toString();
    }

    /**
     * Reads every complete row. A last line without its line break (a write cut short by a crash) is
     * dropped and truncated away. {@code grid} maps λ back to its grid index.
     *
     * @throws SweepFormatException naming the file and line of anything malformed
     */
    public static List<SweepPoint> read(Path file, double[] grid, int classes) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(false);
            }
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].equals(header(classes))) {
            throw new SweepFormatException(file + ": line 1 must be the header '" + header(classes) + "', was '"
                    + (lines.length == 0 ? "" : lines[0]) + "'");
        }
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                points.add(parse(file, i + 1, lines[i], grid, classes));
            }
        }
        return points;
    }

    private static SweepPoint parse(Path file, int lineNumber, String line, double[] grid, int classes) {
        String[] cells = line.split(",", -1);
        int expected = FIXED_COLUMNS.size() + classes;
        if (cells.length != expected) {
            throw new SweepFormatException(file + ": line " + lineNumber + " has " + cells.length + " columns, expected "
                    + expected);
        }
        try {
            double lambda = Double.parseDouble(cells[2]);
            double[] perClass = new double[classes];
            for (int c = 0; c < classes; c++) {
                perClass[c] = Double.parseDouble(cells[FIXED_COLUMNS.size() + c]);
            }
            return new SweepPoint(Branch.parse(cells[0]), Long.parseLong(cells[1]), indexOf(grid, lambda), lambda,
                    Double.parseDouble(cells[4]), Double.parseDouble(cells[5]), Double.parseDouble(cells[6]),
                    Double.parseDouble(cells[7]), Double.parseDouble(cells[8]), Double.parseDouble(cells[9]),
                    Integer.parseInt(cells[10]), Double.parseDouble(cells[11]), perClass);
        } catch (IllegalArgumentException e) {
            throw new SweepFormatException(file + ": line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** The grid index of λ (nearest value within 1e-9 relative), or −1 for a λ off the grid (a refinement probe). */
    static int indexOf(double[] grid, double lambda) {
        int nearest = Arrays.binarySearch(grid, lambda);
        if (nearest >= 0) {
            return nearest;
        }
        int insertion = -nearest - 1;
        for (int candidate : new int[] {insertion - 1, insertion}) {
            if (candidate >= 0 && candidate < grid.length
                    && Math.abs(grid[candidate] - lambda) <= 1e-9 * Math.max(1e-12, Math.abs(lambda))) {
                return candidate;
            }
        }
        return -1;
    }

    private static String number(double v) {
        return Double.toString(v);
    }
}
