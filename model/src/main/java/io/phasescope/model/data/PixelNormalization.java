package io.phasescope.model.data;

/**
 * Maps an unsigned byte pixel {@code x ∈ [0, 255]} to the feature {@code (x / 255 − mean) / std}.
 *
 * @param mean subtracted after scaling to [0, 1]; finite
 * @param std divisor after centering; finite and &gt; 0
 */
public record PixelNormalization(double mean, double std) {

    /** MNIST training-set statistics: normalized train pixels have mean ≈ 0 and std ≈ 1. */
    public static final PixelNormalization MNIST = new PixelNormalization(0.1307, 0.3081);

    /**
     * Fashion-MNIST training-set statistics, measured on Phasescope's 60 000-image training split
     * ({@link FashionMnist}): normalized train pixels have mean ≈ 0 and std ≈ 1.
     */
    public static final PixelNormalization FASHION_MNIST = new PixelNormalization(0.2862, 0.3531);

    /** Plain scaling {@code x / 255} into [0, 1]. */
    public static final PixelNormalization UNIT = new PixelNormalization(0, 1);

    public PixelNormalization {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite, was " + mean);
        }
        if (!Double.isFinite(std) || std <= 0) {
            throw new IllegalArgumentException("std must be finite and > 0, was " + std);
        }
    }

    /** The feature for one pixel value in [0, 255]. */
    public float apply(int pixel) {
        if (pixel < 0 || pixel > 255) {
            throw new IllegalArgumentException("pixel must be in [0, 255], was " + pixel);
        }
        return (float) ((pixel / 255.0 - mean) / std);
    }

    /** The features for unsigned byte pixels, one float per byte. */
    public float[] apply(byte[] pixels) {
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) {
            table[v] = apply(v);
        }
        float[] out = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = table[pixels[i] & 0xFF];
        }
        return out;
    }
}
