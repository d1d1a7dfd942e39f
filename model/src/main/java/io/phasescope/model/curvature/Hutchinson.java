package io.phasescope.model.curvature;

import io.phasescope.model.train.JobControl;
import java.util.Random;

/**
 * Hutchinson's estimator of the trace of a symmetric operator: tr(A) = E[zᵀ·A·z] for Rademacher z
 * (independent ±1 entries), whose variance 2·Σ_{i≠j} a_ij² is the smallest of all i.i.d. probe
 * distributions. One operator application per probe.
 */
public final class Hutchinson {

    private Hutchinson() {}

    /**
     * @param probes independent probes, ≥ 2 (for a standard error)
     * @param seed of the probes
     * @param control checked before every probe
     */
    public static TraceEstimate trace(SymmetricOperator operator, int probes, long seed, JobControl control) {
        if (probes < 2) {
            throw new IllegalArgumentException("probes must be >= 2, was " + probes);
        }
        int n = operator.dimension();
        Random random = new Random(seed);
        double[] product = new double[n];
        double mean = 0;
        double squaredDeviations = 0;
        for (int p = 1; p <= probes; p++) {
            control.checkpoint();
            double[] z = Vectors.rademacher(n, random);
            operator.apply(z, product);
            double sample = Vectors.dot(z, product);
            double before = mean;
            mean += (sample - before) / p;
            squaredDeviations += (sample - before) * (sample - mean);
        }
        double variance = squaredDeviations / (probes - 1);
        return new TraceEstimate(mean, Math.sqrt(variance / probes), probes);
    }
}
