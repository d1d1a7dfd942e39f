package io.phasescope.render;

import java.awt.Color;

/**
 * The Okabe–Ito palette: eight colours that stay distinguishable under the common forms of colour
 * blindness (Okabe &amp; Ito, "Color Universal Design", 2002). Black is left out of series use because
 * it vanishes on dark backgrounds.
 */
public final class Palette {

    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);

    /** Colour of quantities measured on the training set. */
    public static final Color TRAIN = BLUE;
    /** Colour of quantities measured on the held-out test set. */
    public static final Color TEST = VERMILLION;

    private Palette() {}

    /** {@code color} with the given opacity in [0, 1]. */
    public static Color withAlpha(Color color, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], was " + alpha);
        }
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(alpha * 255));
    }
}
