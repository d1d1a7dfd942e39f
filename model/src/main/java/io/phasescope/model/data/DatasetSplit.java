package io.phasescope.model.data;

/**
 * A training set and a held-out test set with the same feature and class counts.
 *
 * @param train the examples the network is fitted to
 * @param test the examples used only for evaluation
 */
public record DatasetSplit(Dataset train, Dataset test) {

    public DatasetSplit {
        if (train == null || test == null) {
            throw new IllegalArgumentException("train and test must both be given");
        }
        if (train.featureCount() != test.featureCount() || train.classCount() != test.classCount()) {
            throw new IllegalArgumentException("train " + train + " and test " + test + " disagree in shape");
        }
    }
}
