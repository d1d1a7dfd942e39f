package io.phasescope.model.landscape;

import java.util.List;

/**
 * Metrics along a path θ(t) from A (t = 0) to B (t = 1). Losses are mean cross-entropy in nats, errors
 * are 1 − accuracy.
 *
 * @param kind {@code linear}, {@code bezier}, {@code pathfinder}, optionally with {@code aligned}
 * @param t path parameters, ascending, containing 0 and 1
 * @param trainLoss E on the training set
 * @param testLoss E on the test set
 * @param trainError training error (NaN where not measured: Pathfinder steps record test metrics only)
 * @param testError test error
 * @param perClassAccuracy test accuracy of each class at each t
 * @param distanceToB ‖θ(t) − θ_B‖
 */
public record PathProfile(
        String kind,
        double[] t,
        double[] trainLoss,
        double[] testLoss,
        double[] trainError,
        double[] testError,
        double[][] perClassAccuracy,
        double[] distanceToB) {

    /** The CSV columns of {@link #rows()}. */
    public static final List<String> COLUMNS =
            List.of("t", "train_loss", "test_loss", "train_error", "test_error", "dist_b");

    /** Loss barrier: max over t in [0, 1] of E_train(t) − max(E_train(0), E_train(1)), in nats. */
    public double lossBarrier() {
        return barrier(trainLoss);
    }

    /** Error barrier: the same for the training error, over the points where it was measured. */
    public double errorBarrier() {
        return barrier(trainError);
    }

    /** Largest training loss over t in [0, 1]. */
    public double maxTrainLoss() {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= 0 && t[i] <= 1) {
                max = Math.max(max, trainLoss[i]);
            }
        }
        return max;
    }

    /** |θ_A − θ_B|: the distance to B at t = 0 (at the first t when the profile has no t = 0). */
    public double distanceAB() {
        for (int i = 0; i < t.length; i++) {
            if (t[i] == 0) {
                return distanceToB[i];
            }
        }
        return distanceToB[0];
    }

    /** Rows of the {@link #COLUMNS} followed by one accuracy per class. */
    public double[][] rows() {
        double[][] rows = new double[t.length][];
        for (int i = 0; i < t.length; i++) {
            double[] row = new double[COLUMNS.size() + perClassAccuracy[i].length];
            double[] fixed = {t[i], trainLoss[i], testLoss[i], trainError[i], testError[i], distanceToB[i]};
            System.arraycopy(fixed, 0, row, 0, fixed.length);
            System.arraycopy(perClassAccuracy[i], 0, row, fixed.length, perClassAccuracy[i].length);
            rows[i] = row;
        }
        return rows;
    }

    private double barrier(double[] values) {
        double inside = Double.NEGATIVE_INFINITY;
        double atA = Double.NaN;
        double atB = Double.NaN;
        for (int i = 0; i < t.length; i++) {
            if (t[i] == 0) {
                atA = values[i];
            }
            if (t[i] == 1) {
                atB = values[i];
            }
            if (t[i] >= 0 && t[i] <= 1 && !Double.isNaN(values[i])) {
                inside = Math.max(inside, values[i]);
            }
        }
        return inside - Math.max(atA, atB);
    }
}
