package io.phasescope.model.train;

/**
 * The network's output on a dataset.
 *
 * @param meanLoss mean cross-entropy E in nats
 * @param predicted the arg-max class of each example
 * @param confidence the softmax probability of the predicted class, in [0, 1]
 */
public record Predictions(double meanLoss, int[] predicted, float[] confidence) {

    public Predictions {
        if (predicted.length != confidence.length) {
            throw new IllegalArgumentException(
                    "predicted has " + predicted.length + " entries, confidence " + confidence.length);
        }
    }
}
