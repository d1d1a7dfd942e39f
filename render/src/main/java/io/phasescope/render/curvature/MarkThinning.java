package io.phasescope.render.curvature;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of many marks along an x axis to draw so that they do not pile up: walking in ascending x, a mark is kept
 * when it lies at least a given fraction of the axis span (in the axis's own scale, logarithmic or linear) from the
 * last one kept. A run of neighbouring saddle points then reads as a row of evenly spaced marks.
 */
final class MarkThinning {

    private MarkThinning() {}

    /**
     * The indices of {@code x} to keep, in their own order (ascending index).
     *
     * @param x the marks' positions (finite; positive on a logarithmic axis)
     * @param from the axis's lower end
     * @param to the axis's upper end (> from)
     * @param log whether the axis is logarithmic
     * @param fraction the least gap between kept marks, as a fraction of the span, in [0, 1)
     */
    static int[] spaced(double[] x, double from, double to, boolean log, double fraction) {
        if (!(to > from) || !(fraction >= 0 && fraction < 1) || (log && !(from > 0))) {
            throw new IllegalArgumentException("need from < to (positive on a log axis) and fraction in [0, 1), were "
                    + from + ", " + to + ", " + fraction);
        }
        double span = scale(to, log) - scale(from, log);
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        List<Integer> kept = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            double at = scale(x[i], log);
            if (at - last >= fraction * span) {
                kept.add(i);
                last = at;
            }
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static double scale(double v, boolean log) {
        return log ? Math.log10(v) : v;
    }
}
