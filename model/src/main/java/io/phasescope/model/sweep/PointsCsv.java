package io.phasescope.model.sweep;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.StopReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code points.csv}: one row per completed sweep step, header
 * {@code branch,seed,lambda,weight_decay,train_loss,reg_loss,test_loss,test_accuracy,norm,dist_ref,epochs,seconds,acc_0,…}
 * with one {@code acc_c} column per class, then {@code stop_reason} (see {@link StopReason#id()}): an
 * {@link AppendOnlyCsv}, so a crash leaves at most a partial last line, which {@link #read} drops (and repairs).
 * Files written before {@code stop_reason} existed are read too: their training stopped either by early stopping or
 * at the epoch limit (divergence aborted the sweep), which the epoch count tells.
 */
public final class PointsCsv {

    /** The columns before the per-class accuracies. */
    public static final List<String> FIXED_COLUMNS = List.of(
            "branch",
            "seed",
            "lambda",
            "weight_decay",
            "train_loss",
            "reg_loss",
            "test_loss",
            "test_accuracy",
            "norm",
            "dist_ref",
            "epochs",
            "seconds");

    private PointsCsv() {}

    /** The last column. */
    public static final String STOP_REASON = "stop_reason";

    /** The header line for {@code classes} classes, without a line break. */
    public static String header(int classes) {
        return legacyHeader(classes) + "," + STOP_REASON;
    }

    /** The header of files written before {@code stop_reason} existed. */
    private static String legacyHeader(int classes) {
        List<String> columns = new ArrayList<>(FIXED_COLUMNS);
        for (int c = 0; c < classes; c++) {
            columns.add("acc_" + c);
        }
        return String.join(",", columns);
    }

    /** Creates {@code file} holding only the header, unless it exists. */
    public static void create(Path file, int classes) throws IOException {
        AppendOnlyCsv.create(file, header(classes));
    }

    /** Appends one row with a single write and forces it to disk. */
    public static void append(Path file, SweepPoint point) throws IOException {
        AppendOnlyCsv.append(file, format(point));
    }

    /** One row, without a line break. */
    public static String format(SweepPoint p) {
        StringBuilder row = new StringBuilder();
        row.append(p.branch().id()).append(',').append(p.seed());
        for (double v : new double[] {
            p.lambda(),
            p.weightDecay(),
            p.trainLoss(),
            p.regLoss(),
            p.testLoss(),
            p.testAccuracy(),
            p.norm(),
            p.distRef()
        }) {
            row.append(',').append(number(v));
        }
        row.append(',').append(p.epochs()).append(',').append(String.format(Locale.ROOT, "%.3f", p.seconds()));
        for (double a : p.perClassAccuracy()) {
            row.append(',').append(number(a));
        }
        row.append(',').append(p.stopReason().id());
        return row.toString();
    }

    /**
     * Reads every complete row (see {@link AppendOnlyCsv#read}). {@code grid} maps λ back to its grid index;
     * {@code maxEpochs} tells the stop reason of rows written before {@code stop_reason} existed.
     *
     * @throws SweepFormatException naming the file and line of anything malformed
     */
    public static List<SweepPoint> read(Path file, double[] grid, int classes, int maxEpochs) throws IOException {
        String legacy = legacyHeader(classes);
        if (legacy.equals(firstLine(file))) {
            return AppendOnlyCsv.read(file, legacy, cells -> {
                int epochs = Integer.parseInt(cells[10]);
                return parse(cells, grid, classes, epochs >= maxEpochs ? StopReason.EPOCH_LIMIT : StopReason.CONVERGED);
            });
        }
        return AppendOnlyCsv.read(
                file, header(classes), cells -> parse(cells, grid, classes, StopReason.parse(cells[cells.length - 1])));
    }

    /**
     * Rewrites a file written before {@code stop_reason} existed in the current format (atomically, with the
     * reasons {@link #read} derives), so that rows appended by a resumed sweep match its header. Other files are
     * left alone.
     */
    public static void upgrade(Path file, double[] grid, int classes, int maxEpochs) throws IOException {
        if (!Files.isRegularFile(file) || !legacyHeader(classes).equals(firstLine(file))) {
            return;
        }
        StringBuilder text = new StringBuilder(header(classes)).append('\n');
        for (SweepPoint p : read(file, grid, classes, maxEpochs)) {
            text.append(format(p)).append('\n');
        }
        AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        }
    }

    private static SweepPoint parse(String[] cells, double[] grid, int classes, StopReason stopReason) {
        double lambda = Double.parseDouble(cells[2]);
        double weightDecay = Double.parseDouble(cells[3]);
        if (weightDecay != 2 * lambda) {
            throw new IllegalArgumentException("weight_decay " + weightDecay + " is not 2λ = " + 2 * lambda);
        }
        double[] perClass = new double[classes];
        for (int c = 0; c < classes; c++) {
            perClass[c] = Double.parseDouble(cells[FIXED_COLUMNS.size() + c]);
        }
        return new SweepPoint(
                Branch.parse(cells[0]),
                Long.parseLong(cells[1]),
                indexOf(grid, lambda),
                lambda,
                Double.parseDouble(cells[4]),
                Double.parseDouble(cells[5]),
                Double.parseDouble(cells[6]),
                Double.parseDouble(cells[7]),
                Double.parseDouble(cells[8]),
                Double.parseDouble(cells[9]),
                Integer.parseInt(cells[10]),
                Double.parseDouble(cells[11]),
                perClass,
                stopReason);
    }

    /** The grid index of λ (nearest value within 1e-9 relative), or −1 for a λ off the grid (a refinement probe). */
    static int indexOf(double[] grid, double lambda) {
        int nearest = Arrays.binarySearch(grid, lambda);
        if (nearest >= 0) {
            return nearest;
        }
        int insertion = -nearest - 1;
        for (int candidate : new int[] {insertion - 1, insertion}) {
            if (candidate >= 0
                    && candidate < grid.length
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
