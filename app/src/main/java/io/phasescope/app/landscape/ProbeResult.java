package io.phasescope.app.landscape;

import io.phasescope.model.data.Dataset;

/**
 * A model evaluated on the landscape's test images: the probe under a click, or the model at a path's t.
 *
 * @param label where it is, e.g. "a = 0.25, b = −0.10" or "linear, t = 0.40"
 * @param loss E on the test images, nats
 * @param accuracy test accuracy in [0, 1]
 * @param perClass test accuracy of each class
 * @param samples the first test images
 * @param predicted the predicted class of each sample
 * @param confidence the probability of each prediction
 */
public record ProbeResult(
        String label,
        double loss,
        double accuracy,
        double[] perClass,
        Dataset samples,
        int[] predicted,
        float[] confidence) {}
