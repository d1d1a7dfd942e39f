package io.phasescope.model.data;

import java.math.BigDecimal;
import java.util.Random;

/**
 * The paper's toy task: noisy 4×4 images of three ±1 patterns. Class 0 is horizontal stripes (rows
 * alternate +1, −1 starting with +1), class 1 vertical stripes (columns alternate likewise), class 2 a
 * checkerboard (+1 where row + column is even). Each pixel gets independent Gaussian noise of standard
 * deviation σ ≥ 0. Generation is deterministic in the seed ({@link java.util.Random} is specified exactly).
 */
public final class SyntheticPatterns {

    /** Image side in pixels. */
    public static final int SIDE = 4;
    /** Features per example, {@code SIDE × SIDE}. */
    public static final int FEATURES = SIDE * SIDE;
    /** Number of pattern classes. */
    public static final int CLASSES = 3;
    /** The paper's noise level σ. */
    public static final double DEFAULT_SIGMA = 0.9;

    private SyntheticPatterns() {
    }

    /** The noise-free pattern of class {@code classIndex} ∈ [0, 3), row-major ±1 values. */
    public static float[] pattern(int classIndex) {
        if (classIndex < 0 || classIndex >= CLASSES) {
            throw new IllegalArgumentException("classIndex must be in [0, " + CLASSES + "), was " + classIndex);
        }
        float[] p = new float[FEATURES];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                int phase = switch (classIndex) {
                    case 0 -> r;
                    case 1 -> c;
                    default -> r + c;
                };
                p[r * SIDE + c] = phase % 2 == 0 ? 1f : -1f;
            }
        }
        return p;
    }

    /** {@code nPerClass} (≥ 1) noisy examples of each class in shuffled order, named "Patterns 4×4 (σ=…)". */
    public static Dataset generate(int nPerClass, double sigma, long seed) {
        return generate(name(sigma), nPerClass, sigma, new Random(seed));
    }

    /** Independent train and test sets drawn from one seed, named "Patterns 4×4 (σ=…) train" and "… test". */
    public static DatasetSplit split(int trainPerClass, int testPerClass, double sigma, long seed) {
        String name = name(sigma);
        Random random = new Random(seed);
        return new DatasetSplit(generate(name + " train", trainPerClass, sigma, random),
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
        return "Patterns 4×4 (σ=" + BigDecimal.valueOf(sigma).stripTrailingZeros().toPlainString() + ")";
    }
}
