package io.phasescope.model.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The four MNIST IDX files, each either raw or gzip-compressed.
 *
 * @param trainImages 60 000 training images (for the original MNIST)
 * @param trainLabels their labels
 * @param testImages 10 000 test images
 * @param testLabels their labels
 */
public record MnistFiles(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

    public MnistFiles {
        if (trainImages == null || trainLabels == null || testImages == null || testLabels == null) {
            throw new IllegalArgumentException("all four MNIST files must be given, were " + trainImages + ", "
                    + trainLabels + ", " + testImages + ", " + testLabels);
        }
    }

    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    /** The four standard file names, in record order; each may also carry a {@code .gz} suffix. */
    public static final List<String> NAMES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /**
     * Finds the four files in {@code folder}, preferring the raw name over the {@code .gz} name.
     *
     * @throws DatasetException if the folder does not exist or lacks any of the four files
     */
    public static MnistFiles in(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DatasetException(folder, "is not a folder; expected a folder holding the MNIST files " + NAMES);
        }
        List<Path> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : NAMES) {
            Path raw = folder.resolve(name);
            Path gz = folder.resolve(name + ".gz");
            if (Files.isRegularFile(raw)) {
                found.add(raw);
            } else if (Files.isRegularFile(gz)) {
                found.add(gz);
            } else {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new DatasetException(
                    folder,
                    "lacks the MNIST file(s) " + missing + " (raw or .gz); a data folder must hold "
                            + String.join(", ", NAMES));
        }
        return new MnistFiles(found.get(0), found.get(1), found.get(2), found.get(3));
    }
}
