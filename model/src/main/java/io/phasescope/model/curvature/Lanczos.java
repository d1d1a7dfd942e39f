package io.phasescope.model.curvature;

import io.phasescope.model.train.JobControl;
import java.util.List;
import java.util.Random;

/**
 * Lanczos with full reorthogonalization (in double precision) for the largest and the smallest algebraic
 * eigenvalues of a symmetric operator and their eigenvectors. Both ends converge in the same Krylov
 * space; the smallest are asked for explicitly, so negative eigenvalues smaller in magnitude than the
 * k-th positive one are not missed.
 */
public final class Lanczos {

    private Lanczos() {}

    /**
     * @param topK largest eigenpairs wanted, ≥ 0
     * @param bottomK smallest eigenpairs wanted, ≥ 0, with 1 ≤ topK + bottomK ≤ n
     * @param tolerance relative residual |β_m·s_m| ≤ tolerance·max(|θ|, 1e-12) for convergence, &gt; 0
     * @param maxIterations upper bound on operator applications, ≥ topK + bottomK (capped at n); the basis of
     *     that many n-vectors of doubles must fit in half the heap
     * @param seed of the Gaussian start vector
     */
    public static Spectrum extremes(
            SymmetricOperator operator,
            int topK,
            int bottomK,
            double tolerance,
            int maxIterations,
            long seed,
            JobControl control) {
        int n = operator.dimension();
        if (topK < 0 || bottomK < 0 || topK + bottomK < 1 || topK + bottomK > n) {
            throw new IllegalArgumentException(
                    "need 1 <= topK + bottomK <= n = " + n + ", were " + topK + ", " + bottomK);
        }
        if (!(tolerance > 0) || maxIterations < topK + bottomK) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= topK + bottomK, were "
                    + tolerance + ", " + maxIterations);
        }
        int limit = Math.min(maxIterations, n);
        KrylovBasis.requireFits(n, limit);
        Random random = new Random(seed);
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = random.nextGaussian();
        }
        KrylovBasis krylov = new KrylovBasis(operator, start);
        SymmetricEigen.Result ritz = null;
        boolean converged = false;
        while (krylov.size() < limit && !krylov.exhausted()) {
            control.checkpoint();
            double b = krylov.step();
            int m = krylov.size();
            if (m >= topK + bottomK && (m % 5 == 0 || krylov.exhausted() || m == limit)) {
                ritz = krylov.ritz();
                converged = converged(ritz, b, topK, bottomK, tolerance);
                if (converged) {
                    break;
                }
            }
        }
        if (ritz == null || ritz.values().length != krylov.size()) {
            ritz = krylov.ritz();
        }
        return spectrum(ritz, krylov.vectors(), topK, bottomK, converged);
    }

    private static boolean converged(SymmetricEigen.Result ritz, double b, int topK, int bottomK, double tolerance) {
        int m = ritz.values().length;
        for (int i = 0; i < m; i++) {
            boolean wanted = i < bottomK || i >= m - topK;
            if (wanted) {
                double residual = Math.abs(b * ritz.vectors()[m - 1][i]);
                if (residual > tolerance * Math.max(Math.abs(ritz.values()[i]), 1e-12)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Spectrum spectrum(
            SymmetricEigen.Result ritz, List<double[]> basis, int topK, int bottomK, boolean converged) {
        int m = ritz.values().length;
        double[] top = new double[Math.min(topK, m)];
        float[][] topVectors = new float[top.length][];
        for (int i = 0; i < top.length; i++) {
            top[i] = ritz.values()[m - 1 - i];
            topVectors[i] = ritzVector(ritz, basis, m - 1 - i);
        }
        double[] bottom = new double[Math.min(bottomK, m)];
        float[][] bottomVectors = new float[bottom.length][];
        for (int i = 0; i < bottom.length; i++) {
            bottom[i] = ritz.values()[i];
            bottomVectors[i] = ritzVector(ritz, basis, i);
        }
        return new Spectrum(top, bottom, topVectors, bottomVectors, basis.size(), converged);
    }

    private static float[] ritzVector(SymmetricEigen.Result ritz, List<double[]> basis, int index) {
        int n = basis.get(0).length;
        double[] y = new double[n];
        for (int j = 0; j < ritz.values().length; j++) {
            Vectors.axpy(ritz.vectors()[j][index], basis.get(j), y);
        }
        double length = Vectors.norm(y);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (y[i] / length);
        }
        return out;
    }
}
