package io.phasescope.app.landscape;

import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.net.NetworkSpec;
import java.util.function.DoubleFunction;

/**
 * A computed path: its metrics along t and the parameters at any t.
 *
 * @param name e.g. "linear A → B (aligned)"
 * @param spec the architecture of A and B
 * @param profile metrics along t
 * @param theta θ(t) for any t
 * @param recipe how it was made
 */
public record PathResult(
        String name, NetworkSpec spec, PathProfile profile, DoubleFunction<float[]> theta, PathRecipe recipe) {

    /** First and last t of the profile. */
    public double tMin() {
        return profile.t()[0];
    }

    public double tMax() {
        return profile.t()[profile.t().length - 1];
    }

    @Override
    public String toString() {
        return name;
    }
}
