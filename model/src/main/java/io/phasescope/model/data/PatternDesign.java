package io.phasescope.model.data;

import java.util.List;

/**
 * The two designs of noisy 4×4 three-class patterns that {@link SyntheticPatterns} draws. Both are built from ±1
 * sign patterns ({@code +1} at row 0, column 0); every pixel then gets Gaussian noise of the design's σ.
 */
public enum PatternDesign {
    /**
     * Phasescope's hierarchical design: class 0 horizontal stripes of amplitude 2; classes 1 and 2 the same vertical
     * stripes of amplitude 1 plus a faint overlay of amplitude 0.8 (a checkerboard for class 1, a 2×2-block
     * checkerboard for class 2). The coarse split (stripe orientation) has a far larger margin than the fine one
     * (the overlay), so growing L2 gives up the fine split first. σ = 0.5.
     */
    HIERARCHY("Patterns 4×4", List.of("horizontal", "vertical+checker", "vertical+blocks"), 0.5),
    /**
     * The paper's synthetic data (arXiv 2512.11866): horizontal stripes, vertical stripes and a checkerboard, each of
     * amplitude 1, with additive Gaussian noise σ = 1. The three noise-free images are pairwise equidistant (√32), so
     * any hierarchy comes from the network, not from the data. σ = 1 keeps the Bayes accuracy near 99.5%.
     */
    PAPER("Paper patterns 4×4", List.of("horizontal", "vertical", "checkerboard"), 1.0);

    /** Image side in pixels. */
    public static final int SIDE = 4;
    /** Features per example, {@code SIDE × SIDE}. */
    public static final int FEATURES = SIDE * SIDE;
    /** Number of pattern classes. */
    public static final int CLASSES = 3;

    /** Amplitude of {@link #HIERARCHY}'s horizontal stripes (class 0). */
    public static final double STRIPE_AMPLITUDE_HORIZONTAL = 2.0;
    /** Amplitude of {@link #HIERARCHY}'s vertical stripes (classes 1 and 2). */
    public static final double STRIPE_AMPLITUDE_VERTICAL = 1.0;
    /** Amplitude of {@link #HIERARCHY}'s overlays that tell class 1 from class 2. */
    public static final double OVERLAY_AMPLITUDE = 0.8;

    private final String label;
    private final List<String> classNames;
    private final double sigma;

    PatternDesign(String label, List<String> classNames, double sigma) {
        this.label = label;
        this.classNames = classNames;
        this.sigma = sigma;
    }

    /** The dataset name's stem, for example "Patterns 4×4". */
    public String label() {
        return label;
    }

    /** The three class names in class-index order. */
    public List<String> classNames() {
        return classNames;
    }

    /** The design's pixel noise σ (pixel units, ≥ 0). */
    public double sigma() {
        return sigma;
    }

    /** The noise-free image of class {@code classIndex} ∈ [0, 3), row-major. */
    public float[] pattern(int classIndex) {
        if (classIndex < 0 || classIndex >= CLASSES) {
            throw new IllegalArgumentException("classIndex must be in [0, " + CLASSES + "), was " + classIndex);
        }
        float[] p = new float[FEATURES];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                p[r * SIDE + c] = (float) pixel(classIndex, r, c);
            }
        }
        return p;
    }

    private double pixel(int classIndex, int r, int c) {
        if (this == PAPER) {
            return switch (classIndex) {
                case 0 -> sign(r);
                case 1 -> sign(c);
                default -> sign(r + c);
            };
        }
        return switch (classIndex) {
            case 0 -> STRIPE_AMPLITUDE_HORIZONTAL * sign(r);
            case 1 -> STRIPE_AMPLITUDE_VERTICAL * sign(c) + OVERLAY_AMPLITUDE * sign(r + c);
            default -> STRIPE_AMPLITUDE_VERTICAL * sign(c) + OVERLAY_AMPLITUDE * sign(r / 2 + c / 2);
        };
    }

    /** +1 for even {@code phase}, −1 for odd. */
    private static int sign(int phase) {
        return phase % 2 == 0 ? 1 : -1;
    }
}
