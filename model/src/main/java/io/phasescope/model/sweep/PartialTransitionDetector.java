package io.phasescope.model.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds partial transitions along one branch: a shift of ‖θ‖ and E, spread over a few grid points, too small
 * for {@link TransitionDetector}, in which one or a few classes are largely lost (or, walking down, regained)
 * and the rest survive. Criterion (documented with its measured error rates in docs/science.md):
 * <ol>
 *   <li><b>‖θ‖ and E shift.</b> At each step k, the shift of x is median(x over the {@value #STEP_WINDOW} points
 *       from k) − median(x over the {@value #STEP_WINDOW} points before k) minus the local trend,
 *       {@value #STEP_WINDOW} × the median step difference within {@value #TREND_WINDOW} steps. Step k is a
 *       candidate when ‖θ‖ shifts by at least {@value #MIN_RELATIVE_NORM_SHIFT} of its value and E by at least
 *       {@value #MIN_LOSS_SHIFT} nats, ‖θ‖ down and E up when walking up in λ (the reverse walking down).
 *       Consecutive candidates are one event, and an event needs at least {@value #MIN_EVENT_STEPS} of them: a
 *       real shift of level shows in every window that straddles it, a noise spike in one.
 *   <li><b>A class's trend breaks.</b> For each class, the mean accuracy over up to {@value #CLASS_WINDOW} points
 *       after the event minus that before it, corrected by the class's own median step difference around the
 *       event (its slow trend), must fall by at least {@value #MIN_CLASS_DROP} when E rises (rise when E falls),
 *       and by at least {@value #MIN_CLASS_Z} standard errors of that difference, the class's point-to-point
 *       jitter estimated robustly (1.4826 · MAD of its step differences / √2) within {@code 3 ×}
 *       {@value #CLASS_WINDOW} points of the event. A class that hops between
 *       neighbouring points has a large jitter and so never qualifies. The class must be held on the side where
 *       it is present.
 * </ol>
 * Events within {@value #STEP_WINDOW} points of a full jump are part of it, the windows never reach across a
 * full jump, and no window may include λ ≤ 0 (where the penalty switches on).
 */
public final class PartialTransitionDetector {

    static final int STEP_WINDOW = 5;
    static final int TREND_WINDOW = 15;
    static final int CLASS_WINDOW = 8;
    static final int MIN_CLASS_POINTS = 4;
    static final int MIN_EVENT_STEPS = 2;
    static final double MIN_RELATIVE_NORM_SHIFT = 0.02;
    static final double MIN_LOSS_SHIFT = 0.025;
    static final double MIN_CLASS_DROP = 0.15;
    static final double MIN_CLASS_Z = 4.0;
    private static final double JITTER_FLOOR = 0.02;

    /**
     * A partial transition at positions {@code [first, last]} of its branch: it runs from point {@code first − 1}
     * to point {@code last}, as {@link TransitionDetector#jumps} counts.
     *
     * @param first position of the first point after the event starts (≥ 1)
     * @param last position of the point where the event has ended (≥ first)
     * @param classes the classes whose accuracy broke away from its trend, ascending
     */
    public record Partial(int first, int last, List<Integer> classes) {
        public Partial {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException(
                        "partial transition needs 1 ≤ first ≤ last, was " + first + ", " + last);
            }
            classes = List.copyOf(classes);
        }
    }

    private PartialTransitionDetector() {}

    /**
     * The partial transitions of a branch (points in walking order) between its full jumps (as returned by
     * {@link TransitionDetector#jumps}), in walking order.
     *
     * @param holdThreshold accuracy at or above which a class counts as held, in (0, 1]
     */
    public static List<Partial> partials(List<SweepPoint> branch, List<int[]> fullJumps, double holdThreshold) {
        HeldClasses.checkThreshold(holdThreshold);
        int n = branch.size();
        double[] norm = branch.stream().mapToDouble(SweepPoint::norm).toArray();
        double[] loss = branch.stream().mapToDouble(SweepPoint::trainLoss).toArray();
        List<int[]> events = new ArrayList<>();
        for (int k = STEP_WINDOW + 1; k + STEP_WINDOW <= n; k++) {
            int direction = candidate(branch, norm, loss, k, fullJumps);
            int[] previous = events.isEmpty() ? null : events.get(events.size() - 1);
            if (direction == 0) {
                continue;
            }
            if (previous != null && previous[1] == k - 1 && previous[2] == direction) {
                previous[1] = k;
            } else {
                events.add(new int[] {k, k, direction});
            }
        }
        List<Partial> partials = new ArrayList<>();
        for (int[] event : events) {
            if (event[1] - event[0] + 1 < MIN_EVENT_STEPS) {
                continue;
            }
            List<Integer> classes = brokenClasses(branch, event, fullJumps, holdThreshold);
            if (!classes.isEmpty()) {
                partials.add(new Partial(event[0], event[1], classes));
            }
        }
        return partials;
    }

    /**
     * +1 when step k, walking up in λ, shifts ‖θ‖ down and E up; −1 when, walking down, it shifts ‖θ‖ up and E
     * down; 0 otherwise (a stronger penalty only ever trades norm for error).
     */
    private static int candidate(List<SweepPoint> branch, double[] norm, double[] loss, int k, List<int[]> fullJumps) {
        for (int i = k - STEP_WINDOW - 1; i < k + STEP_WINDOW; i++) {
            if (branch.get(i).lambda() <= 0) {
                return 0;
            }
        }
        for (int[] jump : fullJumps) {
            if (k >= jump[0] - STEP_WINDOW && k <= jump[1] + STEP_WINDOW) {
                return 0;
            }
        }
        int direction = branch.get(k).lambda() > branch.get(k - 1).lambda() ? 1 : -1;
        double normShift = direction * shift(norm, k) / norm[k - 1];
        double lossShift = direction * shift(loss, k);
        return normShift <= -MIN_RELATIVE_NORM_SHIFT && lossShift >= MIN_LOSS_SHIFT ? direction : 0;
    }

    /** The change of the medians across step k, less the local trend. */
    private static double shift(double[] x, int k) {
        double after = median(Arrays.copyOfRange(x, k, k + STEP_WINDOW));
        double before = median(Arrays.copyOfRange(x, k - STEP_WINDOW, k));
        return after - before - STEP_WINDOW * median(steps(x, k - TREND_WINDOW + 1, k + TREND_WINDOW + 1));
    }

    private static List<Integer> brokenClasses(
            List<SweepPoint> branch, int[] event, List<int[]> fullJumps, double holdThreshold) {
        int lower = 0;
        int upper = branch.size();
        for (int[] jump : fullJumps) {
            if (jump[1] <= event[0]) {
                lower = Math.max(lower, jump[1]);
            } else if (jump[0] > event[1]) {
                upper = Math.min(upper, jump[0]);
            }
        }
        int preFrom = Math.max(lower, event[0] - CLASS_WINDOW);
        int preTo = event[0];
        int postFrom = event[1];
        int postTo = Math.min(upper, event[1] + CLASS_WINDOW);
        List<Integer> broken = new ArrayList<>();
        if (preTo - preFrom < MIN_CLASS_POINTS || postTo - postFrom < MIN_CLASS_POINTS) {
            return broken;
        }
        int trendFrom = Math.max(lower, event[0] - 3 * CLASS_WINDOW);
        int trendTo = Math.min(upper, event[1] + 3 * CLASS_WINDOW);
        double distance = (postFrom + postTo - 1) / 2.0 - (preFrom + preTo - 1) / 2.0;
        double standardError = Math.sqrt(1.0 / (preTo - preFrom) + 1.0 / (postTo - postFrom));
        int classes = branch.get(0).perClassAccuracy().length;
        for (int c = 0; c < classes; c++) {
            double[] acc = accuracies(branch, c);
            double before = mean(acc, preFrom, preTo);
            double after = mean(acc, postFrom, postTo);
            double trend = median(steps(acc, trendFrom + 1, trendTo));
            double drop = event[2] * (before - after + trend * distance);
            double scale = Math.max(jitter(Arrays.copyOfRange(acc, trendFrom, trendTo)), JITTER_FLOOR) * standardError;
            double present = event[2] > 0 ? before : after;
            if (drop >= MIN_CLASS_DROP && drop / scale >= MIN_CLASS_Z && present >= holdThreshold) {
                broken.add(c);
            }
        }
        return broken;
    }

    private static double[] accuracies(List<SweepPoint> branch, int c) {
        return branch.stream().mapToDouble(p -> p.perClassAccuracy()[c]).toArray();
    }

    /** Robust point-to-point standard deviation: 1.4826 · MAD of the step differences / √2. */
    private static double jitter(double[] x) {
        double[] d = steps(x, 0, x.length);
        double median = median(d);
        double[] deviations = Arrays.stream(d).map(v -> Math.abs(v - median)).toArray();
        return 1.4826 * median(deviations) / Math.sqrt(2);
    }

    /** x[i] − x[i−1] for i in [max(1, from), min(n, to)). */
    private static double[] steps(double[] x, int from, int to) {
        int start = Math.max(1, from);
        int end = Math.min(x.length, to);
        double[] d = new double[Math.max(0, end - start)];
        for (int i = start; i < end; i++) {
            d[i - start] = x[i] - x[i - 1];
        }
        return d;
    }

    private static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
