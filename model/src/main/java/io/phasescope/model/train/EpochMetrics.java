package io.phasescope.model.train;

/**
 * One finished epoch.
 *
 * @param epoch 1-based epoch
 * @param maxEpochs the run's epoch limit
 * @param objective the early-stopping quantity: mean minibatch E over the epoch plus λ‖θ − θ_ref‖² at its
 *     end, in nats
 * @param evaluation full metrics after the epoch, or {@code null} when per-epoch evaluation is off
 * @param seconds wall time of the epoch's training (excluding evaluation)
 */
public record EpochMetrics(int epoch, int maxEpochs, double objective, Evaluation evaluation, double seconds) {}
