package io.phasescope.model.data;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An immutable labelled dataset held in plain arrays, ready for training.
 *
 * <p>{@code features} is row-major, {@code size × featureCount}, already normalized; {@code labels}
 * holds class indices in {@code [0, classCount)}. The arrays are owned by the record: callers must
 * not mutate them (they are not copied, for the sake of 47 MB MNIST images).
 *
 * @param name human-readable name, for example {@code "MNIST train"}
 * @param size number of examples, ≥ 1
 * @param featureCount features per example, ≥ 1
 * @param classCount number of classes, ≥ 2
 * @param features {@code size × featureCount} values, row-major
 * @param labels {@code size} class indices
 */
public record Dataset(String name, int size, int featureCount, int classCount, float[] features, int[] labels) {

    public Dataset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("dataset name must not be blank");
        }
        if (size < 1) {
            throw new IllegalArgumentException("dataset size must be >= 1, was " + size);
        }
        if (featureCount < 1) {
            throw new IllegalArgumentException("featureCount must be >= 1, was " + featureCount);
        }
        if (classCount < 2) {
            throw new IllegalArgumentException("classCount must be >= 2, was " + classCount);
        }
        if (features == null || (long) size * featureCount != features.length) {
            throw new IllegalArgumentException("features must hold size*featureCount = " + (long) size * featureCount
                    + " values, held " + (features == null ? "null" : features.length));
        }
        if (labels == null || labels.length != size) {
            throw new IllegalArgumentException(
                    "labels must hold " + size + " values, held " + (labels == null ? "null" : labels.length));
        }
        for (int i = 0; i < size; i++) {
            if (labels[i] < 0 || labels[i] >= classCount) {
                throw new IllegalArgumentException(
                        "label " + i + " is " + labels[i] + ", outside [0, " + classCount + ")");
            }
        }
    }

    /** Returns the examples at {@code indices}, in that order, as a new dataset named {@code newName}. */
    public Dataset subset(String newName, int[] indices) {
        float[] x = new float[indices.length * featureCount];
        int[] y = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("example index " + i + " outside [0, " + size + ")");
            }
            System.arraycopy(features, i * featureCount, x, k * featureCount, featureCount);
            y[k] = labels[i];
        }
        return new Dataset(newName, indices.length, featureCount, classCount, x, y);
    }

    /** Number of examples of each class. */
    public int[] classCounts() {
        int[] counts = new int[classCount];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** A SHA-256 fingerprint (hex, 16 chars) of the shape, features and labels: equal data, equal fingerprint. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer header =
                    ByteBuffer.allocate(12).putInt(size).putInt(featureCount).putInt(classCount);
            digest.update(header.array());
            ByteBuffer chunk = ByteBuffer.allocate(4 * 4096);
            for (int i = 0; i < features.length; i++) {
                if (!chunk.hasRemaining()) {
                    digest.update(chunk.array(), 0, chunk.position());
                    chunk.clear();
                }
                chunk.putFloat(features[i]);
            }
            digest.update(chunk.array(), 0, chunk.position());
            for (int label : labels) {
                digest.update((byte) label);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + size + " × " + featureCount + ", " + classCount + " classes)";
    }
}
