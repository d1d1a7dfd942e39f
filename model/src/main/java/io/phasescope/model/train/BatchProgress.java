package io.phasescope.model.train;

/**
 * One finished minibatch.
 *
 * @param epoch 1-based epoch
 * @param iteration 1-based count of minibatches since training started
 * @param batch 1-based minibatch index within the epoch
 * @param batchesPerEpoch minibatches in each epoch
 * @param loss the minibatch's mean data loss E in nats, before the step
 */
public record BatchProgress(int epoch, long iteration, int batch, int batchesPerEpoch, double loss) {}
