package io.phasescope.model.data;

import java.util.function.Consumer;

/**
 * Loads MNIST, or another dataset in its four-IDX-file format such as Fashion-MNIST, as a
 * {@link DatasetSplit}: "MNIST train" (60 000 examples) and "MNIST test" (10 000), 784 normalized
 * features per example, 10 classes. Nothing is cached in memory.
 */
public final class MnistLoader {

    private final String title;
    private final MnistSource source;
    private final Consumer<String> progress;

    /**
     * @param source where the IDX files come from
     * @param progress receives human-readable progress messages
     */
    public MnistLoader(MnistSource source, Consumer<String> progress) {
        this("MNIST", source, progress);
    }

    /**
     * @param title the dataset's name, e.g. {@code "Fashion-MNIST"}: the sets are "TITLE train" and "TITLE test"
     * @param source where the IDX files come from
     * @param progress receives human-readable progress messages
     */
    public MnistLoader(String title, MnistSource source, Consumer<String> progress) {
        if (title == null || title.isBlank() || source == null || progress == null) {
            throw new IllegalArgumentException(
                    "title, source and progress must be given, were " + title + ", " + source + ", " + progress);
        }
        this.title = title;
        this.source = source;
        this.progress = progress;
    }

    /** Locates or fetches the files, then reads them with pixels mapped through {@code normalization}. */
    public DatasetSplit load(PixelNormalization normalization) {
        MnistFiles files = source.files(progress);
        progress.accept("Reading " + title + " from " + files.trainImages().getParent() + " …");
        return read(title, files, normalization);
    }

    /** Reads the four files as "MNIST train" and "MNIST test"; see {@link #read(String, MnistFiles, PixelNormalization)}. */
    public static DatasetSplit read(MnistFiles files, PixelNormalization normalization) {
        return read("MNIST", files, normalization);
    }

    /**
     * Reads the four files as "TITLE train" and "TITLE test"; labels must lie in 0..9 and train and test
     * images must have the same size.
     *
     * @throws DatasetException if a file is malformed or the two image files disagree in image size
     */
    public static DatasetSplit read(String title, MnistFiles files, PixelNormalization normalization) {
        LabelledImages train =
                IdxReader.readLabelled(files.trainImages(), files.trainLabels(), IdxReader.DIGIT_CLASSES);
        LabelledImages test = IdxReader.readLabelled(files.testImages(), files.testLabels(), IdxReader.DIGIT_CLASSES);
        IdxImages a = train.images();
        IdxImages b = test.images();
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new DatasetException(
                    files.testImages(),
                    "holds " + b.rows() + "×" + b.cols() + " images but " + files.trainImages() + " holds " + a.rows()
                            + "×" + a.cols());
        }
        return new DatasetSplit(
                train.toDataset(title + " train", normalization), test.toDataset(title + " test", normalization));
    }
}
