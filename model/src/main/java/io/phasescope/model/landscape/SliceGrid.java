package io.phasescope.model.landscape;

/**
 * Values of a slice, possibly still being computed: {@code values[j][i]} at (a_i, b_j), NaN where not yet
 * evaluated. A 1D slice has one row.
 *
 * @param a the a values
 * @param b the b values (one entry, 0, for a 1D slice)
 * @param values values per row of b
 * @param computed points evaluated so far
 * @param total points in the slice
 */
public record SliceGrid(double[] a, double[] b, double[][] values, int computed, int total) {

    /** Whether every point has been evaluated. */
    public boolean complete() {
        return computed == total;
    }

    /** Smallest evaluated value. */
    public double min() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (v < min) {
                    min = v;
                }
            }
        }
        return min;
    }
}
