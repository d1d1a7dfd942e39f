package io.phasescope.model.data;

import java.math.BigDecimal;
import java.util.Random;

/**
 * A toy task with a class hierarchy: noisy 4×4 images of three patterns, built from ±1 sign patterns
 * ({@code +1} at row 0, column 0):
 * <ul>
 *   <li>class 0: horizontal stripes (rows alternate) of amplitude {@value #STRIPE_AMPLITUDE_HORIZONTAL};</li>
 *   <li>class 1: vertical stripes (columns alternate) of amplitude {@value #STRIPE_AMPLITUDE_VERTICAL} plus a
 *       faint checkerboard (sign of row + column) of amplitude {@value #OVERLAY_AMPLITUDE};</li>
 *   <li>class 2: the same vertical stripes plus a faint 2×2-block checkerboard (sign of
 *       ⌊row/2⌋ + ⌊column/2⌋) of amplitude {@value #OVERLAY_AMPLITUDE}.</li>
 * </ul>
 * The stripe orientation is a coarse feature that tells class 0 from classes 1 and 2 at a large margin;
 * only the faint overlay tells class 1 from class 2. The two overlays are orthogonal and of equal energy,
 * so their shape is the only difference. Under growing L2 a network therefore gives up the fine split
 * first (accuracy 2/3) and the coarse one later (1/3): the staircase of docs/science.md "Patterns CNN".
 * Each pixel gets independent Gaussian noise of standard deviation σ ≥ 0 (pixel units). Generation is
 * deterministic in the seed ({@link java.util.Random} is specified exactly).
 */
public final class SyntheticPatterns {

    /** Image side in pixels. */
    public static final int SIDE = 4;
    /** Features per example, {@code SIDE × SIDE}. */
    public static final int FEATURES = SIDE * SIDE;
    /** Number of pattern classes. */
    public static final int CLASSES = 3;
    /** Amplitude of class 0's horizontal stripes. */
    public static final double STRIPE_AMPLITUDE_HORIZONTAL = 2.0;
    /** Amplitude of the vertical stripes of classes 1 and 2. */
    public static final double STRIPE_AMPLITUDE_VERTICAL = 1.0;
    /** Amplitude of the overlays that tell class 1 (checkerboard) from class 2 (2×2-block checkerboard). */
    public static final double OVERLAY_AMPLITUDE = 0.8;
    /** The default pixel noise σ: every class is told apart at λ = 0 with test accuracy ≈ 100%. */
    public static final double DEFAULT_SIGMA = 0.5;

    private SyntheticPatterns() {}

    /** The noise-free pattern of class {@code classIndex} ∈ [0, 3), row-major. */
    public static float[] pattern(int classIndex) {
        if (classIndex < 0 || classIndex >= CLASSES) {
            throw new IllegalArgumentException("classIndex must be in [0, " + CLASSES + "), was " + classIndex);
        }
        float[] p = new float[FEATURES];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double value = switch (classIndex) {
                    case 0 -> STRIPE_AMPLITUDE_HORIZONTAL * sign(r);
                    case 1 -> STRIPE_AMPLITUDE_VERTICAL * sign(c) + OVERLAY_AMPLITUDE * sign(r + c);
                    default -> STRIPE_AMPLITUDE_VERTICAL * sign(c) + OVERLAY_AMPLITUDE * sign(r / 2 + c / 2);
                };
                p[r * SIDE + c] = (float) value;
            }
        }
        return p;
    }

    /** +1 for even {@code phase}, −1 for odd. */
    private static int sign(int phase) {
        return phase % 2 == 0 ? 1 : -1;
    }

    /** {@code nPerClass} (≥ 1) noisy examples of each class in shuffled order, named "Patterns 4×4 (σ=…)". */
    public static Dataset generate(int nPerClass, double sigma, long seed) {
        return generate(name(sigma), nPerClass, sigma, new Random(seed));
    }

    /** Independent train and test sets drawn from one seed, named "Patterns 4×4 (σ=…) train" and "… test". */
    public static DatasetSplit split(int trainPerClass, int testPerClass, double sigma, long seed) {
        String name = name(sigma);
        Random random = new Random(seed);
        return new DatasetSplit(
                generate(name + " train", trainPerClass, sigma, random),
                generate(name + " test", testPerClass, sigma, random));
    }

    private static Dataset generate(String name, int nPerClass, double sigma, Random random) {
        if (nPerClass < 1) {
            throw new IllegalArgumentException("nPerClass must be >= 1, was " + nPerClass);
        }
        int size = CLASSES * nPerClass;
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            labels[i] = i / nPerClass;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = labels[i];
            labels[i] = labels[j];
            labels[j] = t;
        }
        float[][] patterns = {pattern(0), pattern(1), pattern(2)};
        float[] features = new float[size * FEATURES];
        for (int i = 0; i < size; i++) {
            for (int f = 0; f < FEATURES; f++) {
                features[i * FEATURES + f] = (float) (patterns[labels[i]][f] + sigma * random.nextGaussian());
            }
        }
        return new Dataset(name, size, FEATURES, CLASSES, features, labels);
    }

    /** The dataset name for noise level {@code sigma}, which must be finite and ≥ 0. */
    private static String name(double sigma) {
        if (!Double.isFinite(sigma) || sigma < 0) {
            throw new IllegalArgumentException("sigma must be finite and >= 0, was " + sigma);
        }
        return "Patterns 4×4 (σ="
                + BigDecimal.valueOf(sigma).stripTrailingZeros().toPlainString() + ")";
    }
}
