package io.phasescope.model.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two files of a sweep folder that hold each point's {@link PointDetails}, one block per point of
 * {@code points.csv}, appended before the point's row (see {@link PointBlocksCsv}):
 * <ul>
 *   <li>{@code confusion.csv}, header {@code branch,seed,lambda,true_class,predicted_class,count}: all C × C
 *       cells of the test confusion matrix, zeros included, so each block's row sums are the test counts;
 *   <li>{@code samples.csv}, header {@code branch,seed,lambda,test_index,predicted_class,confidence}: the
 *       predictions on the sample panel.
 * </ul>
 */
public final class PointDetailsCsv {

    /** The confusion file's name in a sweep folder. */
    public static final String CONFUSION = "confusion.csv";
    /** The sample-predictions file's name in a sweep folder. */
    public static final String SAMPLES = "samples.csv";

    private static final PointBlocksCsv CONFUSION_CSV =
            new PointBlocksCsv("branch,seed,lambda,true_class,predicted_class,count");
    private static final PointBlocksCsv SAMPLES_CSV =
            new PointBlocksCsv("branch,seed,lambda,test_index,predicted_class,confidence");

    private PointDetailsCsv() {}

    /** Creates both files in {@code folder} holding only their headers, unless they exist. */
    public static void create(Path folder) throws IOException {
        CONFUSION_CSV.create(folder.resolve(CONFUSION));
        SAMPLES_CSV.create(folder.resolve(SAMPLES));
    }

    /** Appends the point's blocks to both files (creating them when missing), each with one forced write. */
    public static void append(Path folder, PointDetails details) throws IOException {
        create(folder);
        int classes = details.classCount();
        List<String> cells = new ArrayList<>(classes * classes);
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) {
                cells.add(t + "," + p + "," + details.confusion()[t][p]);
            }
        }
        CONFUSION_CSV.append(folder.resolve(CONFUSION), details.key(), cells);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < details.samplePredicted().length; i++) {
            samples.add(String.format(
                    Locale.ROOT, "%d,%d,%s", i, details.samplePredicted()[i], details.sampleConfidence()[i]));
        }
        if (!samples.isEmpty()) {
            SAMPLES_CSV.append(folder.resolve(SAMPLES), details.key(), samples);
        }
    }

    /**
     * The details of every point recorded in {@code folder} for {@code classes} classes; empty when the folder
     * has no {@code confusion.csv} (a sweep written before it existed). A point without a sample block (a test
     * set without images) gets an empty sample panel.
     *
     * @throws SweepFormatException naming the file and line of a malformed row
     */
    public static Map<PointKey, PointDetails> read(Path folder, int classes) throws IOException {
        Path confusionFile = folder.resolve(CONFUSION);
        if (!Files.isRegularFile(confusionFile)) {
            return Map.of();
        }
        Map<PointKey, List<String[]>> samples =
                Files.isRegularFile(folder.resolve(SAMPLES)) ? SAMPLES_CSV.read(folder.resolve(SAMPLES), 0) : Map.of();
        Map<PointKey, PointDetails> details = new HashMap<>();
        for (var block : CONFUSION_CSV.read(confusionFile, classes * classes).entrySet()) {
            int[][] confusion = confusion(confusionFile, block.getValue(), classes);
            List<String[]> rows = samples.getOrDefault(block.getKey(), List.of());
            int[] predicted = new int[rows.size()];
            float[] confidence = new float[predicted.length];
            for (int i = 0; i < predicted.length; i++) {
                String[] row = rows.get(i);
                if (Integer.parseInt(row[0]) != i) {
                    throw new SweepFormatException(folder.resolve(SAMPLES) + ": the block of " + block.getKey()
                            + " lists test image " + row[0] + " where " + i + " belongs");
                }
                predicted[i] = Integer.parseInt(row[1]);
                confidence[i] = Float.parseFloat(row[2]);
            }
            try {
                details.put(block.getKey(), new PointDetails(block.getKey(), confusion, predicted, confidence));
            } catch (IllegalArgumentException e) {
                throw new SweepFormatException(
                        folder + ": the details of " + block.getKey() + ": " + e.getMessage(), e);
            }
        }
        return details;
    }

    /** Drops from both files every block that is not of a point in {@code keep} (see {@link PointBlocksCsv#retain}). */
    public static void retain(Path folder, int classes, Set<PointKey> keep) throws IOException {
        CONFUSION_CSV.retain(folder.resolve(CONFUSION), classes * classes, keep);
        SAMPLES_CSV.retain(folder.resolve(SAMPLES), 0, keep);
    }

    private static int[][] confusion(Path file, List<String[]> rows, int classes) {
        int[][] confusion = new int[classes][classes];
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            int t = Integer.parseInt(row[0]);
            int p = Integer.parseInt(row[1]);
            if (t != k / classes || p != k % classes) {
                throw new SweepFormatException(file + ": a block lists cell (" + t + ", " + p + ") where ("
                        + k / classes + ", " + k % classes + ") belongs");
            }
            confusion[t][p] = Integer.parseInt(row[2]);
        }
        return confusion;
    }
}
