package io.phasescope.model.data;

import java.math.BigDecimal;
import java.util.Random;

/**
 * Noisy 4×4 images of three patterns in one of two {@link PatternDesign}s: Phasescope's hierarchical design (a coarse
 * and a fine split, the staircase of docs/science.md "Patterns CNN") or the paper's stripes and checkerboard. Each
 * pixel gets independent Gaussian noise of standard deviation σ ≥ 0 (pixel units). Generation is deterministic in
 * the seed ({@link java.util.Random} is specified exactly).
 */
public final class SyntheticPatterns {

    /** Image side in pixels. */
    public static final int SIDE = PatternDesign.SIDE;
    /** Features per example, {@code SIDE × SIDE}. */
    public static final int FEATURES = PatternDesign.FEATURES;
    /** Number of pattern classes. */
    public static final int CLASSES = PatternDesign.CLASSES;

    private SyntheticPatterns() {}

    /** {@code nPerClass} (≥ 1) noisy examples of each class in shuffled order, named "Patterns 4×4 (σ=…)". */
    public static Dataset generate(PatternDesign design, int nPerClass, double sigma, long seed) {
        return generate(design, name(design, sigma), nPerClass, sigma, new Random(seed));
    }

    /** Independent train and test sets drawn from one seed, named "Patterns 4×4 (σ=…) train" and "… test". */
    public static DatasetSplit split(
            PatternDesign design, int trainPerClass, int testPerClass, double sigma, long seed) {
        String name = name(design, sigma);
        Random random = new Random(seed);
        return new DatasetSplit(
                generate(design, name + " train", trainPerClass, sigma, random),
                generate(design, name + " test", testPerClass, sigma, random));
    }

    private static Dataset generate(PatternDesign design, String name, int nPerClass, double sigma, Random random) {
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
        float[][] patterns = {design.pattern(0), design.pattern(1), design.pattern(2)};
        float[] features = new float[size * FEATURES];
        for (int i = 0; i < size; i++) {
            for (int f = 0; f < FEATURES; f++) {
                features[i * FEATURES + f] = (float) (patterns[labels[i]][f] + sigma * random.nextGaussian());
            }
        }
        return new Dataset(name, size, FEATURES, CLASSES, features, labels);
    }

    /** The dataset name for noise level {@code sigma}, which must be finite and ≥ 0. */
    private static String name(PatternDesign design, double sigma) {
        if (!Double.isFinite(sigma) || sigma < 0) {
            throw new IllegalArgumentException("sigma must be finite and >= 0, was " + sigma);
        }
        return design.label() + " (σ="
                + BigDecimal.valueOf(sigma).stripTrailingZeros().toPlainString() + ")";
    }
}
