package io.phasescope.model.data;

import java.util.Random;

/**
 * A deterministic, class-stratified train/test split of labelled images: the same images, divisor and
 * seed always give the same two sets in the same order, on every Java version ({@link java.util.Random}
 * is specified exactly).
 *
 * <p>The rule, with one {@code new Random(seed)} drawn from in this order: for each class {@code c} in
 * label order, its {@code n_c} images in input order are partially Fisher–Yates shuffled
 * ({@code k = ⌊n_c / testOneIn⌋} swaps, as in {@link StratifiedSubset}) so that {@code k} randomly chosen
 * images come first: those {@code k} go to the test set, the other {@code n_c − k} to the training set.
 * Then the test set, and after it the training set, is fully Fisher–Yates shuffled so neither is
 * grouped by class. With 7 000 images per class and {@code testOneIn = 7} that is exactly 6 000 train and
 * 1 000 test images per class.
 */
public final class StratifiedHoldout {

    private StratifiedHoldout() {}

    /**
     * The training and test parts of a split.
     *
     * @param train the images the network is fitted to
     * @param test the held-out images
     */
    public record Parts(LabelledImages train, LabelledImages test) {}

    /**
     * Holds out {@code ⌊n_c / testOneIn⌋} images of every class {@code c} for testing.
     *
     * @param testOneIn ≥ 2; every class must have at least this many images so that each has ≥ 1 test image
     * @throws IllegalArgumentException if a class has fewer than {@code testOneIn} images
     */
    public static Parts split(LabelledImages all, int testOneIn, long seed) {
        if (testOneIn < 2) {
            throw new IllegalArgumentException("testOneIn must be >= 2, was " + testOneIn);
        }
        int[][] byClass = StratifiedSubset.byClass(all.labels(), all.classCount());
        int testTotal = 0;
        for (int c = 0; c < byClass.length; c++) {
            if (byClass[c].length < testOneIn) {
                throw new IllegalArgumentException(
                        "class " + c + " has " + byClass[c].length + " images, fewer than testOneIn = " + testOneIn);
            }
            testTotal += byClass[c].length / testOneIn;
        }
        int[] test = new int[testTotal];
        int[] train = new int[all.labels().length - testTotal];
        Random random = new Random(seed);
        int nextTest = 0;
        int nextTrain = 0;
        for (int[] members : byClass) {
            int k = members.length / testOneIn;
            StratifiedSubset.shuffleFirst(members, k, random);
            System.arraycopy(members, 0, test, nextTest, k);
            System.arraycopy(members, k, train, nextTrain, members.length - k);
            nextTest += k;
            nextTrain += members.length - k;
        }
        StratifiedSubset.shuffleFirst(test, test.length, random);
        StratifiedSubset.shuffleFirst(train, train.length, random);
        return new Parts(all.subset(train), all.subset(test));
    }
}
