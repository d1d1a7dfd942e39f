package io.phasescope.model.curvature;

import io.phasescope.model.sweep.PointKey;
import io.phasescope.model.train.Precision;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The eigenvalues of largest magnitude of ∇²E at one sweep point, with its extreme eigenvalues and the data and
 * arithmetic they were measured with: a row of {@link MagnitudeSpectraCsv}.
 *
 * @param extremes the point (branch, seed, λ), the top and bottom eigenvalues of ∇²E (nats per squared parameter
 *     unit), the Lanczos steps, whether every wanted eigenvalue converged, the examples E averaged over and the
 *     wall time; no trace (NaN)
 * @param largestMagnitude eigenvalues of ∇²E of largest |λ|, with their signs, by descending |λ| (may be empty)
 * @param subsetSeed seed of the stratified subset E averaged over; empty for the whole training set
 * @param precision arithmetic of the Hessian-vector products
 */
public record MagnitudeSpectrum(
        PointSpectrum extremes, double[] largestMagnitude, OptionalLong subsetSeed, Precision precision) {

    public MagnitudeSpectrum {
        Objects.requireNonNull(extremes, "extremes");
        Objects.requireNonNull(largestMagnitude, "largestMagnitude");
        Objects.requireNonNull(subsetSeed, "subsetSeed");
        Objects.requireNonNull(precision, "precision");
    }

    /**
     * What a row is of: a sweep point measured on a given data set. A resumed run skips the keys already written.
     *
     * @param point branch, seed and λ of the sweep point
     * @param images examples E averaged over, ≥ 1
     * @param subsetSeed seed of the stratified subset, empty for the whole training set
     */
    public record Key(PointKey point, int images, OptionalLong subsetSeed) {}

    /** The row's key. */
    public Key key() {
        return new Key(extremes.key(), extremes.images(), subsetSeed);
    }
}
