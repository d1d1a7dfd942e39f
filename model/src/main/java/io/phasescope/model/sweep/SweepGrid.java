package io.phasescope.model.sweep;

/**
 * The λ values of a sweep, ascending. λ is Phasescope's L2 strength (weight decay β = 2λ).
 *
 * @param start first λ, ≥ 0
 * @param stop last λ, ≥ start
 * @param step spacing of a linear grid (&gt; 0), or 0 for a log grid
 * @param count number of points of a log grid (≥ 2), or 0 for a linear grid
 */
public record SweepGrid(double start, double stop, double step, int count) implements java.io.Serializable {

    /** Largest number of grid points. */
    public static final int MAX_POINTS = 100_000;

    public SweepGrid {
        if (!(start >= 0) || !Double.isFinite(start)) {
            throw new IllegalArgumentException("grid start λ must be finite and >= 0, was " + start);
        }
        if (!(stop >= start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException("grid stop λ must be finite and >= start " + start + ", was " + stop);
        }
        boolean linear = step > 0 && count == 0;
        boolean log = step == 0 && count >= 2;
        if (!linear && !log) {
            throw new IllegalArgumentException(
                    "give a linear grid (step > 0) or a log grid (count >= 2), was step " + step + ", count " + count);
        }
        if (log && start <= 0) {
            throw new IllegalArgumentException("a log grid needs start λ > 0, was " + start);
        }
        long points = linear ? Math.round((stop - start) / step) + 1 : count;
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException("grid has " + points + " points, more than " + MAX_POINTS);
        }
    }

    /** λ from {@code start} to {@code stop} in steps of {@code step}. */
    public static SweepGrid linear(double start, double stop, double step) {
        return new SweepGrid(start, stop, step, 0);
    }

    /** {@code count} λ values spaced evenly in log λ from {@code start} to {@code stop}. */
    public static SweepGrid log(double start, double stop, int count) {
        return new SweepGrid(start, stop, 0, count);
    }

    /**
     * The same linear grid with {@code extra} more points at its end, each computed from its index as before, so
     * the first points' values are bit for bit those of this grid.
     */
    public SweepGrid extended(int extra) {
        if (extra == 0) {
            return this;
        }
        if (extra < 0 || isLog()) {
            throw new IllegalArgumentException(
                    "only a linear grid extends, by a count >= 0; was " + (isLog() ? "a log grid" : extra));
        }
        int n = values().length;
        return new SweepGrid(start, start + (n - 1 + extra) * step, step, 0);
    }

    /** Whether the grid is logarithmic. */
    public boolean isLog() {
        return count > 0;
    }

    /** The grid values, ascending; each computed from its index (no accumulated rounding). */
    public double[] values() {
        if (isLog()) {
            double[] values = new double[count];
            double ratio = Math.log(stop / start);
            for (int i = 0; i < count; i++) {
                values[i] = start * Math.exp(ratio * i / (count - 1));
            }
            values[count - 1] = stop;
            return values;
        }
        int n = (int) Math.round((stop - start) / step) + 1;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = start + i * step;
        }
        return values;
    }
}
