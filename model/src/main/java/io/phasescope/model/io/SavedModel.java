package io.phasescope.model.io;

import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;

/**
 * A trained model and its provenance.
 *
 * @param spec the architecture (including its initialization seed)
 * @param options the options it was trained with (λ, θ_ref, shuffle seed…)
 * @param theta the parameters, DL4J flat layout
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
    }
}
