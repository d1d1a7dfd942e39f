package io.phasescope.model.sweep;

import java.util.Arrays;

/**
 * What a sweep stores of each point besides its row in {@code points.csv}, so that every panel can show the
 * point's own model without its parameters: the test confusion matrix and the predictions on the sample panel
 * (the first {@link #SAMPLE_PANEL} test images). A few hundred numbers per point, written with the point.
 *
 * @param key the point
 * @param confusion test confusion counts {@code [true][predicted]}, C × C, non-negative
 * @param samplePredicted the predicted class of each sample-panel image, each in [0, C)
 * @param sampleConfidence the softmax probability of each prediction, in [0, 1]
 */
public record PointDetails(PointKey key, int[][] confusion, int[] samplePredicted, float[] sampleConfidence) {

    /** How many test images, from the first, the sample panel holds (fewer when the test set is smaller). */
    public static final int SAMPLE_PANEL = 14;

    public PointDetails {
        if (key == null || confusion == null || samplePredicted == null || sampleConfidence == null) {
            throw new IllegalArgumentException("key, confusion and sample predictions must be given");
        }
        int classes = confusion.length;
        for (int[] row : confusion) {
            if (row.length != classes || Arrays.stream(row).anyMatch(count -> count < 0)) {
                throw new IllegalArgumentException("confusion must be a " + classes + " × " + classes
                        + " matrix of counts ≥ 0, had a row " + Arrays.toString(row));
            }
        }
        if (samplePredicted.length != sampleConfidence.length || samplePredicted.length > SAMPLE_PANEL) {
            throw new IllegalArgumentException("sample panel must hold as many predictions as confidences, at most "
                    + SAMPLE_PANEL + "; had " + samplePredicted.length + " and " + sampleConfidence.length);
        }
        for (int i = 0; i < samplePredicted.length; i++) {
            if (samplePredicted[i] < 0 || samplePredicted[i] >= classes) {
                throw new IllegalArgumentException(
                        "sample " + i + " predicted class must be in [0, " + classes + "), was " + samplePredicted[i]);
            }
            if (!(sampleConfidence[i] >= 0 && sampleConfidence[i] <= 1)) {
                throw new IllegalArgumentException(
                        "sample " + i + " confidence must be in [0, 1], was " + sampleConfidence[i]);
            }
        }
    }

    /** The number of classes C. */
    public int classCount() {
        return confusion.length;
    }

    /** The number of test images of class {@code c}: the row sum of the confusion matrix. */
    public int testCount(int c) {
        return Arrays.stream(confusion[c]).sum();
    }

    /** Test accuracy of class {@code c} (recall), NaN for a class without test images. */
    public double classAccuracy(int c) {
        int total = testCount(c);
        return total == 0 ? Double.NaN : (double) confusion[c][c] / total;
    }
}
