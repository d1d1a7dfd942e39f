package io.phasescope.render.export;

/**
 * The size of an exported chart. The chart is laid out at {@code width × height} points (1/72 inch, the
 * unit of fonts and strokes); a PNG is rendered at {@code dpi}, so a 600 × 400 chart at 300 dpi is
 * 2500 × 1667 pixels with every font and line scaled alike. An SVG is {@code width × height} user units.
 *
 * @param width layout width in points, 50 to 10 000
 * @param height layout height in points, 50 to 10 000
 * @param dpi PNG resolution, 36 to 1200 (72 gives one pixel per point)
 */
public record ExportSize(int width, int height, int dpi) {

    /** One pixel per point. */
    public static final int SCREEN_DPI = 72;
    /** A common print resolution. */
    public static final int PRINT_DPI = 300;
    /** The smallest width or height, points. */
    public static final int MIN_POINTS = 50;
    /** The largest width or height, points. */
    public static final int MAX_POINTS = 10_000;

    public ExportSize {
        check(width, "width", MIN_POINTS, MAX_POINTS);
        check(height, "height", MIN_POINTS, MAX_POINTS);
        check(dpi, "dpi", 36, 1200);
    }

    /** A size of exactly {@code width × height} pixels. */
    public static ExportSize pixels(int width, int height) {
        return new ExportSize(width, height, SCREEN_DPI);
    }

    /** Pixels per point. */
    public double scale() {
        return dpi / (double) SCREEN_DPI;
    }

    /** Width of the PNG in pixels. */
    public int pixelWidth() {
        return (int) Math.round(width * scale());
    }

    /** Height of the PNG in pixels. */
    public int pixelHeight() {
        return (int) Math.round(height * scale());
    }

    private static void check(int value, String name, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }
}
