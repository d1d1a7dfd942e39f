package io.phasescope.render.phase;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale for fractions in [0, 1]: viridis (van der Walt &amp; Smith, matplotlib), perceptually
 * uniform, readable in grey scale and under the common forms of colour blindness. Dark purple is 0,
 * yellow is 1; values outside are clamped and NaN is transparent.
 */
public final class AccuracyScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;

    /** Viridis at 0, 1/8, …, 1. */
    private static final int[] STOPS = {0x440154, 0x46327E, 0x365C8D, 0x277F8E, 0x1FA187, 0x4AC16D, 0x9FDA3A,
        0xD8E219, 0xFDE725};

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

    /** The colour of {@code value}. */
    public static Color color(double value) {
        if (Double.isNaN(value)) {
            return new Color(0, 0, 0, 0);
        }
        double t = Math.max(0, Math.min(1, value)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        return new Color(mix(STOPS[i] >> 16, STOPS[i + 1] >> 16, f), mix(STOPS[i] >> 8, STOPS[i + 1] >> 8, f),
                mix(STOPS[i], STOPS[i + 1], f));
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

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
    }
}
