package io.phasescope.model.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Which data to train and test on: a dataset, stratified subset sizes and where its IDX files come from.
 * Shared by the command line and the app so that both pick data the same way.
 *
 * @param kind the dataset
 * @param trainSize training examples, stratified; 0 for the whole training set
 * @param testSize test examples, stratified; 0 for the whole test set
 * @param seed seed of the stratified subsets (and of the synthetic patterns' noise)
 * @param folder a user folder of the dataset's four IDX files (MNIST or Fashion-MNIST), {@code null} for
 *     the verified cache (MNIST falls back to the bundled classroom subset when the cache cannot be filled and the
 *     subsets fit in it), or {@link BundledMnist#CHOICE} for that subset; ignored for the synthetic patterns
 */
public record DataRequest(Kind kind, int trainSize, int testSize, long seed, Path folder) {

    /** Datasets Phasescope can load. */
    public enum Kind {
        /** MNIST digits, 60k/10k, normalized (x/255 − 0.1307)/0.3081. */
        MNIST,
        /**
         * Fashion-MNIST clothing, 60k/10k by Phasescope's stratified split ({@link FashionMnist}), normalized
         * (x/255 − 0.2862)/0.3531.
         */
        FASHION,
        /** The 3-class noisy 4×4 patterns of {@link PatternDesign#HIERARCHY}, σ = 0.5; 1000 train, 300 test per class. */
        PATTERNS,
        /**
         * The paper's 3-class noisy 4×4 patterns ({@link PatternDesign#PAPER}: horizontal stripes, vertical stripes,
         * checkerboard), σ = 1; 1000 train, 300 test per class.
         */
        PATTERNS_PAPER;

        /** The name on the command line and in sweep.json: mnist, fashion, patterns or patterns-paper. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The name people know the dataset by: MNIST, Fashion-MNIST, Patterns or Paper patterns. */
        public String label() {
            return switch (this) {
                case MNIST -> "MNIST";
                case FASHION -> "Fashion-MNIST";
                case PATTERNS -> "Patterns";
                case PATTERNS_PAPER -> "Paper patterns";
            };
        }

        /** The class names in class-index order: the digits, Fashion-MNIST's garments or the patterns' names. */
        public List<String> classNames() {
            return switch (this) {
                case MNIST -> List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
                case FASHION -> FashionMnist.CLASS_NAMES;
                case PATTERNS -> PatternDesign.HIERARCHY.classNames();
                case PATTERNS_PAPER -> PatternDesign.PAPER.classNames();
            };
        }

        /** Training examples in the whole set as Phasescope loads it from its cache or draws it. */
        public int trainCount() {
            return synthetic() ? PATTERN_TRAIN_PER_CLASS * PatternDesign.CLASSES : 60_000;
        }

        /** Test examples in the whole set as Phasescope loads it from its cache or draws it. */
        public int testCount() {
            return synthetic() ? PATTERN_TEST_PER_CLASS * PatternDesign.CLASSES : 10_000;
        }

        /** Whether the data are drawn by {@link SyntheticPatterns} (16 features, 3 classes) rather than read. */
        public boolean synthetic() {
            return this == PATTERNS || this == PATTERNS_PAPER;
        }

        /** Parses a case-insensitive {@link #id()}. */
        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (text != null && kind.id().equalsIgnoreCase(text.trim())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(
                    "dataset must be mnist, fashion, patterns or patterns-paper, was '" + text + "'");
        }
    }

    private static final int PATTERN_TRAIN_PER_CLASS = 1000;
    private static final int PATTERN_TEST_PER_CLASS = 300;

    public DataRequest {
        if (kind == null) {
            throw new IllegalArgumentException("dataset kind must be given");
        }
        if (trainSize < 0) {
            throw new IllegalArgumentException("train subset size must be >= 0 (0 = all), was " + trainSize);
        }
        if (testSize < 0) {
            throw new IllegalArgumentException("test subset size must be >= 0 (0 = all), was " + testSize);
        }
        if (kind.synthetic() || folder == null || BundledMnist.CHOICE.equals(folder)) {
            boolean bundled = BundledMnist.CHOICE.equals(folder) && !kind.synthetic();
            requireAtMost("train subset size", trainSize, bundled ? BundledMnist.TRAIN : kind.trainCount(), kind);
            requireAtMost("test subset size", testSize, bundled ? BundledMnist.TEST : kind.testCount(), kind);
        }
    }

    private static void requireAtMost(String what, int size, int available, Kind kind) {
        if (size > available) {
            throw new IllegalArgumentException(
                    what + " must be in [0, " + available + "] for " + kind.label() + " (0 = all), was " + size);
        }
    }

    /** Full MNIST from the verified cache. */
    public static DataRequest mnist() {
        return new DataRequest(Kind.MNIST, 0, 0, 1, null);
    }

    /** Loads the data, reporting progress (fetching, verifying, reading) to {@code progress}. */
    public DatasetSplit load(Consumer<String> progress) {
        DatasetSplit full = switch (kind) {
            case MNIST -> BundledMnist.loadMnist(this, progress);
            case FASHION ->
                new MnistLoader(
                                "Fashion-MNIST",
                                folder == null ? MnistSource.fashionCache() : MnistSource.folder(folder),
                                progress)
                        .load(PixelNormalization.FASHION_MNIST);
            case PATTERNS -> patterns(PatternDesign.HIERARCHY);
            case PATTERNS_PAPER -> patterns(PatternDesign.PAPER);
        };
        requireAtMost("train subset size", trainSize, full.train());
        requireAtMost("test subset size", testSize, full.test());
        Dataset train = trainSize == 0 || trainSize == full.train().size()
                ? full.train()
                : StratifiedSubset.ofSize(full.train(), trainSize, seed);
        Dataset test = testSize == 0 || testSize == full.test().size()
                ? full.test()
                : StratifiedSubset.ofSize(full.test(), testSize, testSeed());
        return new DatasetSplit(train, test);
    }

    /** The seed of the stratified test subset: {@code seed + 1}, so that it differs from the training subset's. */
    public long testSeed() {
        return seed + 1;
    }

    /** Whether the data come from the MNIST subset bundled with Phasescope ({@code --data bundled}). */
    public boolean bundled() {
        return kind == Kind.MNIST && BundledMnist.CHOICE.equals(folder);
    }

    private DatasetSplit patterns(PatternDesign design) {
        return SyntheticPatterns.split(design, PATTERN_TRAIN_PER_CLASS, PATTERN_TEST_PER_CLASS, design.sigma(), seed);
    }

    private static void requireAtMost(String what, int size, Dataset data) {
        if (size > data.size()) {
            throw new IllegalArgumentException(
                    what + " must be in [0, " + data.size() + "] for " + data.name() + " (0 = all), was " + size);
        }
    }

    /** A short description such as {@code "MNIST, 6000 train / 10000 test, seed 1"}. */
    public String describe() {
        return kind.label() + ", "
                + (trainSize == 0 ? "all" : trainSize) + " train / " + (testSize == 0 ? "all" : testSize)
                + " test, seed " + seed
                + (bundled() ? ", from the bundled classroom subset" : folder == null ? "" : ", from " + folder);
    }
}
