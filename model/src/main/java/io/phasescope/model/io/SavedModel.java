package io.phasescope.model.io;

import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;
import java.util.stream.IntStream;

/**
 * A trained model and its provenance.
 *
 * @param spec the architecture (including its initialization seed)
 * @param options the options it was trained with (λ, θ_ref, shuffle seed…)
 * @param theta the parameters, DL4J flat layout, all finite
 * @param dataFingerprint {@link io.phasescope.model.data.Dataset#fingerprint()} of the training data
 * @param dataDescription human-readable description of the training data
 */
public record SavedModel(
        NetworkSpec spec, TrainingOptions options, float[] theta, String dataFingerprint, String dataDescription) {

    public SavedModel {
        if (theta.length != spec.parameterCount()) {
            throw new IllegalArgumentException(
                    "theta has " + theta.length + " values, " + spec.describe() + " needs " + spec.parameterCount());
        }
        long nonFinite = IntStream.range(0, theta.length)
                .filter(i -> !Float.isFinite(theta[i]))
                .count();
        if (nonFinite > 0) {
            throw new IllegalArgumentException("theta holds " + nonFinite + " non-finite parameters (NaN or ±∞) of "
                    + theta.length + "; such a model cannot be used");
        }
    }
}
