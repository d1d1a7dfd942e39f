package io.phasescope.model.study;

import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.train.Precision;
import java.io.Serializable;

/**
 * The Hessian spectra a study computes at each finished sweep's kept points, one Spark task per point, as
 * {@code phasescope spectrum --sweep DIR --out-csv FILE} does (largest-magnitude, top and bottom eigenvalues of ∇²E).
 * MLP sweeps only. Which kept points: all of them unless {@code nearTransitions} or {@code othersEvery} is given,
 * as the options of the same names choose them.
 *
 * @param nearTransitions the kept points within this Δλ (λ units, ≥ 0) of a transition's bracket, or null
 * @param othersEvery also every N-th of the other kept points (≥ 0; alone, every N-th kept point), or null
 * @param top largest eigenvalues of ∇²E, 0 to 1000
 * @param bottom smallest eigenvalues of ∇²E, 0 to 1000, with top + bottom ≥ 1
 * @param largestMagnitude eigenvalues of largest |λ|, 0 to maxIterations
 * @param tolerance Lanczos relative residual, in (0, 1)
 * @param maxIterations Lanczos steps at most, top + bottom to 100000
 * @param subset training images E averages over (a stratified subset drawn with {@code seed}), 0 for the sweep's
 *     whole training set
 * @param seed of the Lanczos start vector and the subset
 * @param precision of the Hessian-vector products
 */
public record StudySpectra(
        Double nearTransitions,
        Integer othersEvery,
        int top,
        int bottom,
        int largestMagnitude,
        double tolerance,
        int maxIterations,
        int subset,
        long seed,
        Precision precision)
        implements Serializable {

    /** The defaults of {@code phasescope spectrum}: top 20, bottom 5, tolerance 1e-3, 300 steps, seed 1, float. */
    public static final StudySpectra DEFAULTS =
            new StudySpectra(null, null, 20, 5, 0, 1e-3, 300, 0, 1, Precision.FLOAT);

    public StudySpectra {
        if (nearTransitions != null && !(nearTransitions >= 0 && Double.isFinite(nearTransitions))) {
            throw new IllegalArgumentException(
                    "spectra.nearTransitions: must be >= 0 and finite, was " + nearTransitions);
        }
        if (othersEvery != null && othersEvery < 0) {
            throw new IllegalArgumentException("spectra.othersEvery: must be >= 0, was " + othersEvery);
        }
        range("top", top, 0, 1000);
        range("bottom", bottom, 0, 1000);
        if (top + bottom < 1) {
            throw new IllegalArgumentException("spectra.top, spectra.bottom: at least one eigenvalue, were 0 and 0");
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("spectra.tolerance: must be in (0, 1), was " + tolerance);
        }
        range("maxIterations", maxIterations, Math.max(top + bottom, largestMagnitude), 100_000);
        range("largestMagnitude", largestMagnitude, 0, 1000);
        range("subset", subset, 0, 10_000_000);
        if (precision == null) {
            throw new IllegalArgumentException("spectra.precision: must be float or double, was null");
        }
    }

    /** The settings of one point's spectrum (no trace). */
    public SpectraSettings settings() {
        return new SpectraSettings(top, bottom, tolerance, maxIterations, 0, seed, precision);
    }

    /** Whether a point selection is given (else every kept point). */
    public boolean selects() {
        return nearTransitions != null || othersEvery != null;
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "spectra." + field + ": must be in [" + min + ", " + max + "], was " + value);
        }
    }
}
