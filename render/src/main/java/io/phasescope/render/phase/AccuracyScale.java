package io.phasescope.render.phase;

import io.phasescope.render.Viridis;
import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale for fractions in [0, 1]: {@link Viridis}. Dark purple is 0, yellow is 1; values outside are
 * clamped and NaN is transparent.
 */
public final class AccuracyScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** The colour of {@code value}: {@link Viridis}, clamped to [0, 1]; NaN is transparent. */
    public static Color color(double value) {
        return Viridis.color(value);
    }

    /** Whether text on {@code value}'s colour should be dark (light background) rather than white. */
    public static boolean needsDarkText(double value) {
        Color c = color(value);
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return luminance > 140;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccuracyScale;
    }

    @Override
    public int hashCode() {
        return AccuracyScale.class.hashCode();
    }
}
