package io.phasescope.app.training;

/**
 * Turns normalized features into grey-scale ARGB pixels: the image's smallest value black, its largest
 * white, each pixel repeated into a {@code scale × scale} block so that small images stay crisp
 * whatever filtering the screen applies.
 */
public final class DigitPixels {

    private DigitPixels() {}

    /**
     * The {@code (side·scale)²} opaque ARGB pixels of a {@code side × side} image, contrast-stretched
     * over its own range (a flat image is black).
     */
    public static int[] argb(float[] values, int side, int scale) {
        if (side < 1 || scale < 1 || values.length != side * side) {
            throw new IllegalArgumentException("need side >= 1, scale >= 1 and side² values, got side " + side
                    + ", scale " + scale + ", " + values.length + " values");
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float range = max - min;
        int width = side * scale;
        int[] argb = new int[width * width];
        for (int y = 0; y < width; y++) {
            for (int x = 0; x < width; x++) {
                float v = values[(y / scale) * side + x / scale];
                int grey = range > 0 ? Math.round(255 * (v - min) / range) : 0;
                argb[y * width + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        return argb;
    }
}
