package io.phasescope.model.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Deterministic class-balanced subsets: the same dataset, counts and seed always give the same
 * examples in the same (shuffled, not class-grouped) order, on every Java version
 * ({@link java.util.Random} is specified exactly).
 */
public final class StratifiedSubset {

    private StratifiedSubset() {}

    /** {@code nPerClass} (≥ 1) random examples of every class, shuffled together. */
    public static Dataset perClass(Dataset data, int nPerClass, long seed) {
        if (nPerClass < 1) {
            throw new IllegalArgumentException("nPerClass must be >= 1, was " + nPerClass);
        }
        int[] counts = new int[data.classCount()];
        Arrays.fill(counts, nPerClass);
        return subset(data, counts, seed);
    }

    /**
     * {@code total} random examples, {@code total / classCount} per class, the remainder going one each
     * to the lowest-numbered classes.
     *
     * @param total in {@code [1, data.size()]}
     */
    public static Dataset ofSize(Dataset data, int total, long seed) {
        int[] chosen = indicesOfSize(data, total, seed);
        return data.subset(data.name() + " (" + chosen.length + " stratified, seed " + seed + ")", chosen);
    }

    /** The indices {@link #ofSize} picks, in its order. */
    public static int[] indicesOfSize(Dataset data, int total, long seed) {
        if (total < 1 || total > data.size()) {
            throw new IllegalArgumentException(
                    "total must be in [1, " + data.size() + "] for " + data.name() + ", was " + total);
        }
        int classes = data.classCount();
        int[] counts = new int[classes];
        for (int c = 0; c < classes; c++) {
            counts[c] = total / classes + (c < total % classes ? 1 : 0);
        }
        return indices(data, counts, seed);
    }

    /**
     * {@code total} random examples with the classes in the proportions of the whole set (largest remainders, ties to
     * the lowest-numbered class), so that a mean over the subset estimates the whole set's mean without reweighting
     * its classes, as a class-balanced {@link #ofSize} subset does.
     *
     * @param total in {@code [1, data.size()]}
     */
    public static Dataset proportionalOfSize(Dataset data, int total, long seed) {
        if (total < 1 || total > data.size()) {
            throw new IllegalArgumentException(
                    "total must be in [1, " + data.size() + "] for " + data.name() + ", was " + total);
        }
        int[] available = data.classCounts();
        int[] counts = new int[available.length];
        double[] remainders = new double[available.length];
        int assigned = 0;
        for (int c = 0; c < available.length; c++) {
            double share = (double) total * available[c] / data.size();
            counts[c] = (int) Math.floor(share);
            remainders[c] = share - counts[c];
            assigned += counts[c];
        }
        for (; assigned < total; assigned++) {
            int best = 0;
            for (int c = 1; c < available.length; c++) {
                if (remainders[c] > remainders[best]) {
                    best = c;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        int[] chosen = indices(data, counts, seed);
        return data.subset(data.name() + " (" + chosen.length + " proportional, seed " + seed + ")", chosen);
    }

    /**
     * Indices of {@code countPerClass[c]} random examples of each class {@code c}, shuffled together.
     *
     * @param countPerClass one count ≥ 0 per class, summing to ≥ 1
     * @throws IllegalArgumentException if a class has fewer examples than requested
     */
    public static int[] indices(Dataset data, int[] countPerClass, long seed) {
        int classes = data.classCount();
        if (countPerClass.length != classes) {
            throw new IllegalArgumentException(
                    "need one count per class (" + classes + "), got " + countPerClass.length);
        }
        int[] available = data.classCounts();
        int total = 0;
        for (int c = 0; c < classes; c++) {
            if (countPerClass[c] < 0 || countPerClass[c] > available[c]) {
                throw new IllegalArgumentException("class " + c + " of " + data.name() + " has " + available[c]
                        + " examples, " + countPerClass[c] + " requested");
            }
            total += countPerClass[c];
        }
        if (total < 1) {
            throw new IllegalArgumentException(
                    "at least one example must be requested, counts were " + Arrays.toString(countPerClass));
        }
        int[][] byClass = byClass(data.labels(), classes);
        Random random = new Random(seed);
        int[] chosen = new int[total];
        int next = 0;
        for (int c = 0; c < classes; c++) {
            shuffleFirst(byClass[c], countPerClass[c], random);
            System.arraycopy(byClass[c], 0, chosen, next, countPerClass[c]);
            next += countPerClass[c];
        }
        shuffleFirst(chosen, total, random);
        return chosen;
    }

    private static Dataset subset(Dataset data, int[] counts, long seed) {
        int[] chosen = indices(data, counts, seed);
        return data.subset(data.name() + " (" + chosen.length + " stratified, seed " + seed + ")", chosen);
    }

    /** The indices of each class's examples, in input order: {@code byClass[c]} lists the i with {@code labels[i] == c}. */
    static int[][] byClass(int[] labels, int classCount) {
        int[] counts = new int[classCount];
        for (int label : labels) {
            counts[label]++;
        }
        int[][] byClass = new int[classCount][];
        for (int c = 0; c < classCount; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[classCount];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            byClass[c][filled[c]++] = i;
        }
        return byClass;
    }

    /** Partial Fisher–Yates: makes {@code a[0..k)} a uniformly random k-sample of {@code a}, in random order. */
    static void shuffleFirst(int[] a, int k, Random random) {
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
