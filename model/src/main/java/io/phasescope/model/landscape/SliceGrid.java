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

    /** Largest evaluated value. */
    public double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (v > max) {
                    max = v;
                }
            }
        }
        return max;
    }

    /**
     * The values for a preview while the slice is still being refined: each point not yet evaluated takes the
     * value of the nearest evaluated point below and left of it on the lattices of stride 2, 4 and 8 (the
     * order in which {@link SliceComputer} evaluates them); points with no such neighbour stay NaN.
     */
    public double[][] preview() {
        double[][] filled = new double[values.length][];
        for (int j = 0; j < values.length; j++) {
            filled[j] = values[j].clone();
            for (int i = 0; i < filled[j].length; i++) {
                for (int stride = 2; Double.isNaN(filled[j][i]) && stride <= 8; stride *= 2) {
                    int jj = values.length == 1 ? 0 : j - j % stride;
                    filled[j][i] = values[jj][i - i % stride];
                }
            }
        }
        return filled;
    }
}
