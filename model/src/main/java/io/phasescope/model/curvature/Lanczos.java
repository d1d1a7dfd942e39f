package io.phasescope.model.curvature;

import io.phasescope.model.train.JobControl;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lanczos with full reorthogonalization (in double precision) for the largest and the smallest algebraic
 * eigenvalues of a symmetric operator and their eigenvectors, and optionally the eigenvalues of largest magnitude
 * (ARPACK's {@code LM}) with their signs. All converge in the same Krylov space; the smallest are asked for
 * explicitly, so negative eigenvalues smaller in magnitude than the k-th positive one are not missed.
 */
public final class Lanczos {

    private static final Logger LOG = LoggerFactory.getLogger(Lanczos.class);

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
        if (topK + bottomK < 1) {
            throw new IllegalArgumentException("need topK + bottomK >= 1, were " + topK + ", " + bottomK);
        }
        return extremes(operator, topK, bottomK, 0, tolerance, maxIterations, seed, control);
    }

    /**
     * As {@link #extremes(SymmetricOperator, int, int, double, int, long, JobControl)}, with the {@code magnitudeK}
     * eigenvalues of largest |λ| as well ({@link Spectrum#largestMagnitude()}, values only), converged to the same
     * tolerance in the same Krylov space.
     *
     * @param topK largest algebraic eigenpairs wanted, in [0, n]
     * @param bottomK smallest algebraic eigenpairs wanted, ≥ 0, with topK + bottomK ≤ n
     * @param magnitudeK eigenvalues of largest magnitude wanted, in [0, n], with topK + bottomK + magnitudeK ≥ 1
     * @param maxIterations ≥ max(topK + bottomK, magnitudeK), capped at n
     */
    public static Spectrum extremes(
            SymmetricOperator operator,
            int topK,
            int bottomK,
            int magnitudeK,
            double tolerance,
            int maxIterations,
            long seed,
            JobControl control) {
        int n = operator.dimension();
        if (topK < 0
                || bottomK < 0
                || magnitudeK < 0
                || topK + bottomK > n
                || magnitudeK > n
                || topK + bottomK + magnitudeK < 1) {
            throw new IllegalArgumentException("need topK, bottomK, magnitudeK >= 0, topK + bottomK <= n = " + n
                    + ", magnitudeK <= n and at least one wanted, were " + topK + ", " + bottomK + ", " + magnitudeK);
        }
        int needed = Math.max(topK + bottomK, magnitudeK);
        if (!(tolerance > 0) || maxIterations < needed) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= max(topK + bottomK,"
                    + " magnitudeK) = " + needed + ", were " + tolerance + ", " + maxIterations);
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
            if (m >= needed && (m % 5 == 0 || krylov.exhausted() || m == limit)) {
                ritz = krylov.ritz();
                int unconverged = unconverged(ritz, b, wanted(ritz.values(), topK, bottomK, magnitudeK), tolerance);
                converged = unconverged == 0;
                LOG.debug(
                        "Lanczos step {} of at most {}: {} wanted Ritz values above the tolerance",
                        m,
                        limit,
                        unconverged);
                if (converged) {
                    break;
                }
            }
        }
        if (ritz == null || ritz.values().length != krylov.size()) {
            ritz = krylov.ritz();
        }
        return spectrum(ritz, krylov.vectors(), topK, bottomK, magnitudeK, converged);
    }

    /**
     * Which of the m ascending Ritz values are wanted: the {@code bottomK} first, the {@code topK} last and the
     * {@code magnitudeK} of largest |θ|.
     */
    static boolean[] wanted(double[] ascending, int topK, int bottomK, int magnitudeK) {
        int m = ascending.length;
        boolean[] wanted = new boolean[m];
        for (int i = 0; i < m; i++) {
            wanted[i] = i < bottomK || i >= m - topK;
        }
        for (int i : byMagnitude(ascending, magnitudeK)) {
            wanted[i] = true;
        }
        return wanted;
    }

    /**
     * The indices of the {@code k} values of largest magnitude, by descending magnitude: since the values ascend,
     * they are found by merging inwards from both ends.
     */
    static int[] byMagnitude(double[] ascending, int k) {
        int[] indices = new int[Math.min(k, ascending.length)];
        int low = 0;
        int high = ascending.length - 1;
        for (int j = 0; j < indices.length; j++) {
            indices[j] = Math.abs(ascending[low]) > Math.abs(ascending[high]) ? low++ : high--;
        }
        return indices;
    }

    /** How many wanted Ritz values have a relative residual above {@code tolerance}. */
    private static int unconverged(SymmetricEigen.Result ritz, double b, boolean[] wanted, double tolerance) {
        int m = ritz.values().length;
        int count = 0;
        for (int i = 0; i < m; i++) {
            double residual = Math.abs(b * ritz.vectors()[m - 1][i]);
            if (wanted[i] && residual > tolerance * Math.max(Math.abs(ritz.values()[i]), 1e-12)) {
                count++;
            }
        }
        return count;
    }

    private static Spectrum spectrum(
            SymmetricEigen.Result ritz,
            List<double[]> basis,
            int topK,
            int bottomK,
            int magnitudeK,
            boolean converged) {
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
        double[] largestMagnitude = Arrays.stream(byMagnitude(ritz.values(), magnitudeK))
                .mapToDouble(i -> ritz.values()[i])
                .toArray();
        return new Spectrum(top, bottom, largestMagnitude, topVectors, bottomVectors, basis.size(), converged);
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
