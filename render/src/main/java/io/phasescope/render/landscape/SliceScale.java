package io.phasescope.render.landscape;

import io.phasescope.render.Viridis;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis over [lower, upper], linear or logarithmic in the value. Values outside are clamped; NaN (a point
 * not yet evaluated) is transparent. A logarithmic scale needs lower &gt; 0.
 *
 * @param lower value drawn dark purple
 * @param upper value drawn yellow (&gt; lower)
 * @param logarithmic whether colours are spaced evenly in log(value)
 */
public record SliceScale(double lower, double upper, boolean logarithmic) implements PaintScale, Serializable {

    public SliceScale {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
            throw new IllegalArgumentException("need finite lower < upper, were " + lower + ", " + upper);
        }
        if (logarithmic && !(lower > 0)) {
            throw new IllegalArgumentException("a logarithmic scale needs lower > 0, was " + lower);
        }
    }

    /**
     * The scale spanning the finite values of {@code values}: [min, max], widened when they are equal or (on a
     * log scale) when min is not positive, to 1e-3 of max. Without finite values, [0, 1].
     */
    public static SliceScale spanning(double[][] values, boolean logarithmic) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            return logarithmic ? new SliceScale(1e-3, 1, true) : new SliceScale(0, 1, false);
        }
        if (logarithmic) {
            max = Math.max(max, 1e-12);
            min = min > 0 ? min : max * 1e-3;
        }
        if (!(max > min)) {
            double pad = Math.max(Math.abs(max) * 1e-3, 1e-9);
            return new SliceScale(logarithmic ? min / 1.01 : min - pad, max + pad, logarithmic);
        }
        return new SliceScale(min, max, logarithmic);
    }

    /** Where {@code value} falls on the scale, in [0, 1]; NaN for NaN. */
    public double fraction(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double f = logarithmic
                ? (Math.log(Math.max(value, lower)) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
                : (value - lower) / (upper - lower);
        return Math.max(0, Math.min(1, f));
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return Viridis.color(fraction(value));
    }
}
