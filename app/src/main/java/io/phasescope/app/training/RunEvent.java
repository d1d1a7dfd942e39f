package io.phasescope.app.training;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.BatchProgress;
import io.phasescope.model.train.EpochMetrics;

/** What a {@link TrainingJob} reports from its thread, in order. Immutable. */
public sealed interface RunEvent {

    /** A progress message, for example from fetching MNIST. */
    record Status(String message) implements RunEvent {}

    /**
     * The data is loaded and training starts.
     *
     * @param trainSize training examples
     * @param testSize test examples
     * @param spec the network
     * @param samples the test examples shown as sample images
     * @param batchesPerEpoch minibatches per epoch
     * @param maxEpochs the epoch limit
     */
    record Started(int trainSize, int testSize, NetworkSpec spec, Dataset samples, int batchesPerEpoch, int maxEpochs)
            implements RunEvent {}

    /** One minibatch done. */
    record Batch(BatchProgress progress) implements RunEvent {}

    /**
     * One epoch done.
     *
     * @param metrics the epoch's metrics, with a full evaluation
     * @param samplePredictions the predicted class of each sample
     * @param sampleConfidence the probability of each predicted class
     */
    record Epoch(EpochMetrics metrics, int[] samplePredictions, float[] sampleConfidence) implements RunEvent {}
}
