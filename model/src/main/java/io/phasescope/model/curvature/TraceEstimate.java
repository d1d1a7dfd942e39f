package io.phasescope.model.curvature;

/**
 * A stochastic trace estimate: the mean of {@code probes} independent samples zᵀ·A·z and its standard
 * error s/√probes (s the sample standard deviation). Units are those of the operator's eigenvalues
 * (for a Hessian of E: nats per squared parameter unit).
 *
 * @param trace the estimate of tr(A)
 * @param standardError its standard error, ≥ 0
 * @param probes the number of samples, ≥ 2
 */
public record TraceEstimate(double trace, double standardError, int probes) {

    public TraceEstimate {
        if (probes < 2) {
            throw new IllegalArgumentException("a trace estimate needs probes >= 2, was " + probes);
        }
        if (!(standardError >= 0)) {
            throw new IllegalArgumentException("standardError must be >= 0, was " + standardError);
        }
    }

    /**
     * The estimate of tr(A + c·I) from one of tr(A) on an n-dimensional space: the trace moves by c·n and,
     * with Rademacher probes (zᵀz = n exactly), the error does not change. For ∇²L_λ = ∇²E + 2λI, c = 2λ.
     */
    public TraceEstimate shifted(double c, int n) {
        return new TraceEstimate(trace + c * n, standardError, probes);
    }
}
