package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the rows of a sweep's {@code points.csv} against its manifest: every value finite and in range (losses,
 * norms and distances ≥ 0, accuracies in [0, 1], epochs in [1, maxEpochs], weight_decay = 2λ), λ on the grid, a
 * seed and a branch of the sweep, and no grid point twice. A bad row is a {@link SweepFormatException} naming the
 * file, its line and the value.
 */
final class SweepRows {

    private SweepRows() {}

    /** Checks {@code rows}, read in order from {@code file} (line 1 is the header). */
    static List<SweepPoint> check(Path file, List<SweepPoint> rows, SweepSpec spec) {
        Map<PointKey, Integer> lines = new HashMap<>();
        List<Branch> branches = spec.mode().branches();
        for (int i = 0; i < rows.size(); i++) {
            SweepPoint p = rows.get(i);
            String at = file + ": line " + (i + 2) + ": ";
            nonNegative(at, "train_loss", p.trainLoss());
            nonNegative(at, "reg_loss", p.regLoss());
            nonNegative(at, "test_loss", p.testLoss());
            nonNegative(at, "norm", p.norm());
            nonNegative(at, "dist_ref", p.distRef());
            nonNegative(at, "seconds", p.seconds());
            fraction(at, "test_accuracy", p.testAccuracy());
            for (int c = 0; c < p.perClassAccuracy().length; c++) {
                fraction(at, "acc_" + c, p.perClassAccuracy()[c]);
            }
            if (p.index() < 0) {
                throw new SweepFormatException(
                        at + "lambda " + p.lambda() + " is not on the sweep's grid " + spec.grid());
            }
            if (!spec.seeds().contains(p.seed())) {
                throw new SweepFormatException(
                        at + "seed " + p.seed() + " is not among the sweep's seeds " + spec.seeds());
            }
            if (!branches.contains(p.branch())) {
                throw new SweepFormatException(
                        at + "branch " + p.branch().id() + " is not among the sweep's branches (mode "
                                + spec.mode().name().toLowerCase() + ")");
            }
            if (p.epochs() < 1 || p.epochs() > spec.options().maxEpochs()) {
                throw new SweepFormatException(at + "epochs " + p.epochs() + " outside [1, "
                        + spec.options().maxEpochs() + "]");
            }
            Integer earlier = lines.put(p.key(), i + 2);
            if (earlier != null) {
                throw new SweepFormatException(at + "repeats the point of line " + earlier + " (" + p.key() + ")");
            }
        }
        return rows;
    }

    private static void nonNegative(String at, String column, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new SweepFormatException(at + column + " " + value + " outside [0, ∞)");
        }
    }

    private static void fraction(String at, String column, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new SweepFormatException(at + column + " " + value + " outside [0, 1]");
        }
    }
}
