package io.phasescope.model.curvature;

import io.phasescope.model.train.JobControl;
import java.util.Random;

/**
 * The spectral density of a symmetric operator by stochastic Lanczos quadrature (Ubaru, Chen and Saad
 * 2017; Ghorbani, Krishnan and Xiao 2019): for each Rademacher probe v = z/√n, m Lanczos steps from v give
 * the Gauss quadrature of the measure Σ_i (vᵀu_i)²·δ(t − λ_i): nodes the Ritz values θ_k of T_m, weights
 * the squared first components τ_k² of its eigenvectors. Averaged over probes this estimates the
 * density (1/n)·Σ_i δ(t − λ_i), exactly reproducing the probe's moments vᵀAʲv for j ≤ 2m − 1.
 * One operator application per step and probe; memory m·n doubles per probe.
 */
public final class StochasticLanczosQuadrature {

    private StochasticLanczosQuadrature() {}

    /**
     * Refuses, before anything is computed, {@code steps} Lanczos steps per probe on {@code dimension} parameters
     * whose basis would take more than half of the heap.
     *
     * @throws IllegalArgumentException naming the memory needed and the largest step count that fits
     */
    public static void requireFits(int dimension, int steps) {
        KrylovBasis.requireFits(dimension, steps);
    }

    /**
     * @param probes independent probes, ≥ 1
     * @param steps Lanczos steps per probe, 1 ≤ steps ≤ n (fewer if a probe's Krylov space closes)
     * @param seed of the probes
     * @param control checked before every step
     */
    public static SpectralDensity density(
            SymmetricOperator operator, int probes, int steps, long seed, JobControl control) {
        int n = operator.dimension();
        if (probes < 1) {
            throw new IllegalArgumentException("probes must be >= 1, was " + probes);
        }
        if (steps < 1 || steps > n) {
            throw new IllegalArgumentException("steps must be in [1, n = " + n + "], was " + steps);
        }
        KrylovBasis.requireFits(n, steps);
        Random random = new Random(seed);
        double[][] nodes = new double[probes][];
        double[][] weights = new double[probes][];
        for (int p = 0; p < probes; p++) {
            KrylovBasis krylov = new KrylovBasis(operator, Vectors.rademacher(n, random));
            while (krylov.size() < steps && !krylov.exhausted()) {
                control.checkpoint();
                krylov.step();
            }
            SymmetricEigen.Result ritz = krylov.ritz();
            int m = ritz.values().length;
            nodes[p] = ritz.values();
            weights[p] = new double[m];
            for (int k = 0; k < m; k++) {
                double first = ritz.vectors()[0][k];
                weights[p][k] = first * first / probes;
            }
        }
        return SpectralDensity.of(nodes, weights, steps);
    }
}
