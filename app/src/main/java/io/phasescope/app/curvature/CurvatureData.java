package io.phasescope.app.curvature;

import io.phasescope.model.data.DataCache;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.StratifiedSubset;
import io.phasescope.model.sweep.SweepSpec;
import java.util.function.Consumer;

/**
 * The examples E is averaged over for Hessian spectra and densities: a sweep's training set, or a stratified
 * subset of it (seed {@value #SEED}, the same for every point). Holds one sweep's data at a time; thread-safe.
 */
public final class CurvatureData {

    /** Seed of the subset, the Lanczos start vector and the probes. */
    public static final long SEED = 1;

    private final DataCache cache = new DataCache();
    private DataRequest subsetOf;
    private int subsetSize;
    private Dataset subset;

    /** The training set of {@code spec}'s data, or {@code images} of it when 0 &lt; images &lt; its size. */
    synchronized Dataset train(SweepSpec spec, int images, Consumer<String> progress) {
        if (images < 0) {
            throw new IllegalArgumentException("images must be >= 0 (0 = all), was " + images);
        }
        Dataset train = cache.get(spec.data(), progress).train();
        if (images == 0 || images >= train.size()) {
            return train;
        }
        if (!spec.data().equals(subsetOf) || subsetSize != images) {
            subset = StratifiedSubset.ofSize(train, images, SEED);
            subsetOf = spec.data();
            subsetSize = images;
        }
        return subset;
    }
}
