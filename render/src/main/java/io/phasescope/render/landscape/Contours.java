package io.phasescope.render.landscape;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a grid by marching squares: for each level, the line segments where the bilinear
 * interpolation of the grid crosses it. Cells with a NaN corner are skipped; saddle cells are split by the
 * cell's mean value.
 */
public final class Contours {

    private Contours() {}

    /**
     * One contour level: its value and its segments, four numbers each (x₁, y₁, x₂, y₂) in grid coordinates.
     *
     * @param value the level
     * @param segments x₁, y₁, x₂, y₂ of each segment, consecutively
     */
    public record Level(double value, double[] segments) implements Serializable {

        /** Number of segments. */
        public int size() {
            return segments.length / 4;
        }
    }

    /** {@code count} ≥ 1 levels evenly spaced (in log(value) if {@code scale} is logarithmic) strictly inside it. */
    public static double[] levels(SliceScale scale, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            double f = (k + 1.0) / (count + 1);
            levels[k] = scale.logarithmic()
                    ? Math.exp(Math.log(scale.lower()) + f * (Math.log(scale.upper()) - Math.log(scale.lower())))
                    : scale.lower() + f * (scale.upper() - scale.lower());
        }
        return levels;
    }

    /**
     * The contour segments of {@code values[j][i]} at (x[i], y[j]) for each of {@code levels}.
     *
     * @param x ascending x of the columns (≥ 2)
     * @param y ascending y of the rows (≥ 2)
     */
    public static List<Level> trace(double[] x, double[] y, double[][] values, double[] levels) {
        if (x.length < 2 || y.length < 2 || values.length != y.length) {
            throw new IllegalArgumentException("need a grid of at least 2x2 with one row per y, was " + x.length + "x"
                    + y.length + " with " + values.length + " rows");
        }
        List<Level> result = new ArrayList<>(levels.length);
        for (double level : levels) {
            List<double[]> segments = new ArrayList<>();
            for (int j = 0; j + 1 < y.length; j++) {
                for (int i = 0; i + 1 < x.length; i++) {
                    cell(x, y, values, i, j, level, segments);
                }
            }
            double[] flat = new double[segments.size() * 4];
            for (int s = 0; s < segments.size(); s++) {
                System.arraycopy(segments.get(s), 0, flat, 4 * s, 4);
            }
            result.add(new Level(level, flat));
        }
        return result;
    }

    /** The segments of one cell, corners counter-clockwise from (i, j): 0 (i,j), 1 (i+1,j), 2 (i+1,j+1), 3 (i,j+1). */
    private static void cell(double[] x, double[] y, double[][] v, int i, int j, double level, List<double[]> out) {
        double[] z = {v[j][i], v[j][i + 1], v[j + 1][i + 1], v[j + 1][i]};
        double[] cx = {x[i], x[i + 1], x[i + 1], x[i]};
        double[] cy = {y[j], y[j], y[j + 1], y[j + 1]};
        int code = 0;
        for (int k = 0; k < 4; k++) {
            if (Double.isNaN(z[k])) {
                return;
            }
            if (z[k] >= level) {
                code |= 1 << k;
            }
        }
        if (code == 0 || code == 15) {
            return;
        }
        // edges k: from corner k to corner k+1; a crossing on each edge whose corners differ in side
        List<double[]> crossings = new ArrayList<>(4);
        for (int k = 0; k < 4; k++) {
            int n = (k + 1) % 4;
            if (((code >> k) & 1) != ((code >> n) & 1)) {
                double f = (level - z[k]) / (z[n] - z[k]);
                crossings.add(new double[] {cx[k] + f * (cx[n] - cx[k]), cy[k] + f * (cy[n] - cy[k])});
            }
        }
        if (crossings.size() == 2) {
            out.add(segment(crossings.get(0), crossings.get(1)));
            return;
        }
        // saddle: crossings on edges 0-3; the two corners on the other side from the centre are cut off
        boolean centreHigh = (z[0] + z[1] + z[2] + z[3]) / 4 >= level;
        boolean corner0High = (code & 1) != 0;
        if (centreHigh == corner0High) {
            // corners 1 and 3 are cut off
            out.add(segment(crossings.get(0), crossings.get(1)));
            out.add(segment(crossings.get(2), crossings.get(3)));
        } else {
            // corners 0 and 2 are cut off
            out.add(segment(crossings.get(0), crossings.get(3)));
            out.add(segment(crossings.get(1), crossings.get(2)));
        }
    }

    private static double[] segment(double[] p, double[] q) {
        return new double[] {p[0], p[1], q[0], q[1]};
    }
}
