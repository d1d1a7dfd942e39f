package io.phasescope.model.train;

/**
 * Receives progress from {@link Trainer} on the training thread. Implementations must return quickly
 * and hand the (immutable) records to other threads themselves.
 */
public interface TrainingListener {

    /** Called after every minibatch. */
    default void onBatch(BatchProgress progress) {}

    /** Called after every epoch. */
    default void onEpoch(EpochMetrics metrics) {}

    /** A listener that ignores everything. */
    static TrainingListener none() {
        return new TrainingListener() {};
    }
}
