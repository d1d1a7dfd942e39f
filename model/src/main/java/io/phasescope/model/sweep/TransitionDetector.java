package io.phasescope.model.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds first-order jumps along one branch of a sweep.
 *
 * <p>Criterion (robust, documented in docs/science.md): walk the branch in its own order and take the
 * step differences Δ‖θ‖ and ΔE_train between consecutive points. Step k is a jump when both
 * differences stand out against the local smooth trend, z = |Δ_k − median(W)| / max(1.4826·MAD(W), floor)
 * ≥ {@value #Z_NORM} for the norm and ≥ {@value #Z_LOSS} for E (which early stopping makes noisier),
 * where W holds the differences of up to {@value #WINDOW} neighbouring steps on each side (excluding k)
 * and the floors are 0.5% of ‖θ‖ and 0.005 nats; the norm must change by at least
 * {@value #MIN_RELATIVE_NORM_CHANGE} of its value and E by at least {@value #MIN_LOSS_CHANGE} nats, in
 * opposite directions (a first-order jump trades norm for error). A jump needs a plateau of at least
 * {@value #MIN_PLATEAU} points with λ &gt; 0 before it on its branch: the first steps after λ = 0, where the
 * penalty switches on and ‖θ‖ relaxes steeply, are a crossover, not a transition. Jumps at consecutive steps are one transition spread over a few grid
 * points. Accuracy is not used: neighbouring points jitter by several points.
 */
public final class TransitionDetector {

    static final int WINDOW = 8;
    static final double Z_NORM = 4.0;
    static final double Z_LOSS = 2.5;
    static final double MIN_RELATIVE_NORM_CHANGE = 0.02;
    static final double MIN_LOSS_CHANGE = 0.02;
    static final int MIN_PLATEAU = 3;
    private static final double NORM_FLOOR = 0.005;
    private static final double LOSS_FLOOR = 0.005;

    private TransitionDetector() {}

    /**
     * The jumps of a branch, in walking order, each as positions {@code [first, last]}: the jump runs from
     * point {@code first − 1} to point {@code last} (first = last for a jump between two neighbours).
     */
    public static List<int[]> jumps(List<SweepPoint> branch) {
        double[] dNorm = differences(branch, true);
        double[] dLoss = differences(branch, false);
        List<int[]> jumps = new ArrayList<>();
        for (int k = 1; k < branch.size(); k++) {
            if (isJump(branch, dNorm, dLoss, k, WINDOW)) {
                int[] previous = jumps.isEmpty() ? null : jumps.get(jumps.size() - 1);
                if (previous != null && previous[1] == k - 1) {
                    previous[1] = k;
                } else {
                    jumps.add(new int[] {k, k});
                }
            }
        }
        return jumps;
    }

    /** Whether the last point of a branch in progress is a jump against the steps before it (causal test). */
    public static boolean isFreshJump(List<SweepPoint> branch) {
        int k = branch.size() - 1;
        if (k < 1) {
            return false;
        }
        return isJump(branch, differences(branch, true), differences(branch, false), k, 0);
    }

    private static boolean isJump(List<SweepPoint> branch, double[] dNorm, double[] dLoss, int k, int ahead) {
        if (branch.subList(0, k).stream().filter(p -> p.lambda() > 0).count() < MIN_PLATEAU) {
            return false;
        }
        double normScale = Math.max(branch.get(k).norm(), branch.get(k - 1).norm());
        boolean big = Math.abs(dNorm[k]) >= MIN_RELATIVE_NORM_CHANGE * normScale
                && Math.abs(dLoss[k]) >= MIN_LOSS_CHANGE
                && Math.signum(dNorm[k]) == -Math.signum(dLoss[k]);
        return big
                && standsOut(dNorm, k, ahead, NORM_FLOOR * normScale, Z_NORM)
                && standsOut(dLoss, k, ahead, LOSS_FLOOR, Z_LOSS);
    }

    private static boolean standsOut(double[] d, int k, int ahead, double floor, double threshold) {
        double[] window = neighbours(d, k, ahead);
        if (window.length == 0) {
            return Math.abs(d[k]) >= threshold * floor;
        }
        double median = median(window);
        double[] deviations = new double[window.length];
        for (int i = 0; i < window.length; i++) {
            deviations[i] = Math.abs(window[i] - median);
        }
        double scale = Math.max(1.4826 * median(deviations), floor);
        return Math.abs(d[k] - median) >= threshold * scale;
    }

    /** Differences d[k] = x_k − x_{k−1} for k ≥ 1 (d[0] = 0) of the norm or the training loss. */
    private static double[] differences(List<SweepPoint> branch, boolean norm) {
        double[] d = new double[branch.size()];
        for (int k = 1; k < branch.size(); k++) {
            SweepPoint a = branch.get(k - 1);
            SweepPoint b = branch.get(k);
            d[k] = norm ? b.norm() - a.norm() : b.trainLoss() - a.trainLoss();
        }
        return d;
    }

    /** d at steps k−WINDOW..k+ahead (within [1, n)), without k itself. */
    private static double[] neighbours(double[] d, int k, int ahead) {
        int from = Math.max(1, k - WINDOW);
        int to = Math.min(d.length - 1, k + ahead);
        double[] window = new double[Math.max(0, to - from)];
        int i = 0;
        for (int j = from; j <= to; j++) {
            if (j != k) {
                window[i++] = d[j];
            }
        }
        return Arrays.copyOf(window, i);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
