package io.phasescope.render;

import java.awt.Color;
import java.awt.Font;

/**
 * The look of a chart: background, text and grid colours and the font family. Series colours come
 * from {@link Palette} and do not change with the theme.
 *
 * @param id short name, {@code "light"} or {@code "dark"}
 * @param background chart and plot background
 * @param text titles, axis labels, tick labels and legend items
 * @param mutedText secondary text such as tick labels
 * @param grid grid lines and axis lines
 * @param fontFamily a logical or installed font family, for example {@code "SansSerif"}
 * @param fontScale factor on the font sizes, 0.5 to 3 (1: 15 pt titles, 13 pt labels, 12 pt ticks)
 * @param lineScale factor on the line widths the chart builders choose, 0.25 to 5 (see {@link LineScaler})
 */
public record ChartTheme(
        String id,
        Color background,
        Color text,
        Color mutedText,
        Color grid,
        String fontFamily,
        double fontScale,
        double lineScale) {

    /** Dark text on white, for papers and the light UI theme. */
    public static final ChartTheme LIGHT = new ChartTheme(
            "light",
            Color.WHITE,
            new Color(0x1F, 0x23, 0x28),
            new Color(0x57, 0x60, 0x6A),
            new Color(0xE4, 0xE7, 0xEB),
            Font.SANS_SERIF,
            1,
            1);
    /** Light text on a dark slate, matching the dark UI theme. */
    public static final ChartTheme DARK = new ChartTheme(
            "dark",
            new Color(0x1E, 0x22, 0x2A),
            new Color(0xE6, 0xE8, 0xEB),
            new Color(0xA9, 0xB1, 0xBA),
            new Color(0x36, 0x3C, 0x47),
            Font.SANS_SERIF,
            1,
            1);
    /** Black on white, grid lines that survive a projector, fonts half as large again, lines twice as wide: presenter mode. */
    public static final ChartTheme PRESENTER = new ChartTheme(
            "presenter",
            Color.WHITE,
            Color.BLACK,
            new Color(0x26, 0x29, 0x2E),
            new Color(0xB4, 0xBA, 0xC2),
            Font.SANS_SERIF,
            1.5,
            2);

    public ChartTheme {
        if (id == null
                || id.isBlank()
                || background == null
                || text == null
                || mutedText == null
                || grid == null
                || fontFamily == null
                || fontFamily.isBlank()) {
            throw new IllegalArgumentException("every theme field must be given, theme id was '" + id + "'");
        }
        if (!(fontScale >= 0.5 && fontScale <= 3)) {
            throw new IllegalArgumentException("fontScale must be in [0.5, 3], was " + fontScale);
        }
        if (!(lineScale >= 0.25 && lineScale <= 5)) {
            throw new IllegalArgumentException("lineScale must be in [0.25, 5], was " + lineScale);
        }
    }

    /** The title font: bold, 15 pt times the font scale. */
    public Font titleFont() {
        return new Font(fontFamily, Font.BOLD, size(15));
    }

    /** Axis labels and legend items: 13 pt times the font scale. */
    public Font labelFont() {
        return new Font(fontFamily, Font.PLAIN, size(13));
    }

    /** Tick labels: 12 pt times the font scale. */
    public Font tickFont() {
        return new Font(fontFamily, Font.PLAIN, size(12));
    }

    private int size(int points) {
        return (int) Math.round(points * fontScale);
    }
}
