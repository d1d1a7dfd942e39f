package io.phasescope.app.training;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.SyntheticPatterns;
import java.util.List;

/**
 * The datasets the Training view offers, with their class names and size limits. The limits are the
 * sizes of the full sets that {@link DataRequest} loads: MNIST's and Fashion-MNIST's 60 000 / 10 000 and
 * the synthetic patterns' 3 000 / 900 (both designs).
 */
public enum DatasetChoice {
    MNIST(DataRequest.Kind.MNIST, "MNIST digits", 60_000, 10_000, 5_000, 10_000),
    FASHION(DataRequest.Kind.FASHION, "Fashion-MNIST", 60_000, 10_000, 5_000, 10_000),
    PATTERNS(DataRequest.Kind.PATTERNS, "Patterns 4×4", 3_000, 900, 600, 300),
    PATTERNS_PAPER(DataRequest.Kind.PATTERNS_PAPER, "Paper patterns 4×4", 3_000, 900, 600, 300);

    private final DataRequest.Kind kind;
    private final String label;
    private final int maxTrain;
    private final int maxTest;
    private final int defaultTrain;
    private final int defaultTest;

    DatasetChoice(DataRequest.Kind kind, String label, int maxTrain, int maxTest, int defaultTrain, int defaultTest) {
        this.kind = kind;
        this.label = label;
        this.maxTrain = maxTrain;
        this.maxTest = maxTest;
        this.defaultTrain = defaultTrain;
        this.defaultTest = defaultTest;
    }

    /** The choice of {@code kind}. */
    public static DatasetChoice of(DataRequest.Kind kind) {
        for (DatasetChoice choice : values()) {
            if (choice.kind == kind) {
                return choice;
            }
        }
        throw new IllegalArgumentException("no dataset choice for " + kind);
    }

    public DataRequest.Kind kind() {
        return kind;
    }

    /** The class names in class-index order. */
    public List<String> classNames() {
        return kind.classNames();
    }

    /** Features per example: 28 × 28 pixels, or the 4 × 4 patterns. */
    public int features() {
        return kind.synthetic() ? SyntheticPatterns.FEATURES : 28 * 28;
    }

    /** Fewest examples of a set: one per class. */
    public int minSize() {
        return kind.classNames().size();
    }

    /** Most training examples: the whole training set. */
    public int maxTrain() {
        return maxTrain;
    }

    /** Most test examples: the whole test set. */
    public int maxTest() {
        return maxTest;
    }

    public int defaultTrain() {
        return defaultTrain;
    }

    public int defaultTest() {
        return defaultTest;
    }

    @Override
    public String toString() {
        return label;
    }
}
