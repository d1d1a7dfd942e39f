package io.phasescope.render;

import java.awt.Color;

/**
 * The viridis colour map (van der Walt &amp; Smith, matplotlib): perceptually uniform, readable in grey scale
 * and under the common forms of colour blindness. Dark purple is 0, yellow is 1.
 */
public final class Viridis {

    /** Viridis at 0, 1/8, …, 1. */
    private static final int[] STOPS = {
        0x440154, 0x46327E, 0x365C8D, 0x277F8E, 0x1FA187, 0x4AC16D, 0x9FDA3A, 0xD8E219, 0xFDE725
    };

    private Viridis() {}

    /** The colour at {@code fraction}, clamped to [0, 1]; NaN is transparent. */
    public static Color color(double fraction) {
        if (Double.isNaN(fraction)) {
            return new Color(0, 0, 0, 0);
        }
        return new Color(rgb(fraction));
    }

    /** The colour at {@code fraction} (clamped to [0, 1], NaN as 0) as 0xRRGGBB. */
    public static int rgb(double fraction) {
        double t = (Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction))) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        return mix(STOPS[i] >> 16, STOPS[i + 1] >> 16, f) << 16
                | mix(STOPS[i] >> 8, STOPS[i + 1] >> 8, f) << 8
                | mix(STOPS[i], STOPS[i + 1], f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
    }
}
