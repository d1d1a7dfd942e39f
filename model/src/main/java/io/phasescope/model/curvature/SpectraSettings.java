package io.phasescope.model.curvature;

import io.phasescope.model.train.Precision;
import java.util.Objects;

/**
 * What {@link SweepSpectra} computes at each point.
 *
 * @param top largest eigenvalues, ≥ 0
 * @param bottom smallest eigenvalues, ≥ 0, with top + bottom ≥ 1
 * @param tolerance Lanczos relative residual, &gt; 0 (see {@link Lanczos#extremes})
 * @param maxIterations Lanczos steps at most, ≥ top + bottom
 * @param traceProbes Hutchinson probes for the trace, 0 (no trace) or ≥ 2
 * @param seed of the Lanczos start vector and the trace probes (the same at every point)
 * @param precision of the Hessian-vector products, not null
 */
public record SpectraSettings(
        int top, int bottom, double tolerance, int maxIterations, int traceProbes, long seed, Precision precision) {

    public SpectraSettings {
        if (top < 0 || bottom < 0 || top + bottom < 1) {
            throw new IllegalArgumentException(
                    "need top, bottom >= 0 and top + bottom >= 1, were " + top + ", " + bottom);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0, was " + tolerance);
        }
        if (maxIterations < top + bottom) {
            throw new IllegalArgumentException(
                    "maxIterations must be >= top + bottom = " + (top + bottom) + ", was " + maxIterations);
        }
        if (traceProbes < 0 || traceProbes == 1) {
            throw new IllegalArgumentException("traceProbes must be 0 or >= 2, was " + traceProbes);
        }
        Objects.requireNonNull(precision, "precision");
    }

    /** Settings with {@link Precision#FLOAT} products. */
    public SpectraSettings(int top, int bottom, double tolerance, int maxIterations, int traceProbes, long seed) {
        this(top, bottom, tolerance, maxIterations, traceProbes, seed, Precision.FLOAT);
    }

    /** These settings with products in {@code precision}. */
    public SpectraSettings withPrecision(Precision precision) {
        return new SpectraSettings(top, bottom, tolerance, maxIterations, traceProbes, seed, precision);
    }

    /** Top 5 and bottom 5 to 1e-3 in at most 300 steps, the trace from 10 probes, seed 1, float products. */
    public static SpectraSettings defaults() {
        return new SpectraSettings(5, 5, 1e-3, 300, 10, 1);
    }
}
