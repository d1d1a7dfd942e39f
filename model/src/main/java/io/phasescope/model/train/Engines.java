package io.phasescope.model.train;

import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.NetworkSpec;

/** Picks the engine for an architecture: the fast {@link MlpEngine} for MLPs, {@link Dl4jEngine} otherwise. */
public final class Engines {

    private Engines() {}

    /** A new engine (confined to the calling thread) holding a copy of {@code theta}. */
    public static TrainingEngine create(Architecture architecture, float[] theta, TrainingOptions options) {
        if (architecture instanceof NetworkSpec mlp) {
            return new MlpEngine(mlp, theta, options);
        }
        return new Dl4jEngine(architecture, theta, options);
    }
}
