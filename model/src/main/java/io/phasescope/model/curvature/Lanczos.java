package io.phasescope.model.curvature;

import io.phasescope.model.train.JobControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lanczos with full reorthogonalization (in double precision) for the largest and the smallest algebraic
 * eigenvalues of a symmetric operator and their eigenvectors. Both ends converge in the same Krylov
 * space; the smallest are asked for explicitly, so negative eigenvalues smaller in magnitude than the
 * k-th positive one are not missed.
 */
public final class Lanczos {

    private Lanczos() {
    }

    /**
     * @param k eigenpairs wanted at each end, ≥ 1 (0 at one end: pass {@code topK} or {@code bottomK} = 0)
     * @param tolerance relative residual |β_m·s_m| ≤ tolerance·max(|θ|, 1e-12) for convergence
     * @param maxIterations upper bound on operator applications (≤ n)
     */
    public static Spectrum extremes(SymmetricOperator operator, int topK, int bottomK, double tolerance,
            int maxIterations, long seed, JobControl control) {
        int n = operator.dimension();
        if (topK < 0 || bottomK < 0 || topK + bottomK < 1 || topK + bottomK > n) {
            throw new IllegalArgumentException("need 1 <= topK + bottomK <= n = " + n + ", were " + topK + ", " + bottomK);
        }
        if (!(tolerance > 0) || maxIterations < topK + bottomK) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= topK + bottomK, were "
                    + tolerance + ", " + maxIterations);
        }
        int limit = Math.min(maxIterations, n);
        List<double[]> basis = new ArrayList<>();
        List<Double> alpha = new ArrayList<>();
        List<Double> beta = new ArrayList<>();
        double[] q = new double[n];
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            q[i] = random.nextGaussian();
        }
        scale(q, 1 / norm(q));
        double[] w = new double[n];
        SymmetricEigen.Result ritz = null;
        boolean converged = false;
        for (int j = 0; j < limit; j++) {
            control.checkpoint();
            basis.add(q);
            operator.apply(q, w);
            double a = dot(w, q);
            alpha.add(a);
            for (double[] previous : basis) {
                double projection = dot(w, previous);
                axpy(-projection, previous, w);
            }
            for (double[] previous : basis) {
                double projection = dot(w, previous);
                axpy(-projection, previous, w);
            }
            double b = norm(w);
            int m = basis.size();
            if (m >= topK + bottomK && (m % 5 == 0 || b < 1e-12 || m == limit)) {
                ritz = SymmetricEigen.of(tridiagonal(alpha, beta));
                converged = converged(ritz, b, topK, bottomK, tolerance);
                if (converged) {
                    break;
                }
            }
            if (b < 1e-12) {
                break;
            }
            beta.add(b);
            q = w.clone();
            scale(q, 1 / b);
        }
        if (ritz == null || ritz.values().length != basis.size()) {
            ritz = SymmetricEigen.of(tridiagonal(alpha, beta.subList(0, basis.size() - 1)));
        }
        return spectrum(ritz, basis, topK, bottomK, converged);
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

    private static Spectrum spectrum(SymmetricEigen.Result ritz, List<double[]> basis, int topK, int bottomK,
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
        return new Spectrum(top, bottom, topVectors, bottomVectors, basis.size(), converged);
    }

    private static float[] ritzVector(SymmetricEigen.Result ritz, List<double[]> basis, int index) {
        int n = basis.get(0).length;
        double[] y = new double[n];
        for (int j = 0; j < ritz.values().length; j++) {
            axpy(ritz.vectors()[j][index], basis.get(j), y);
        }
        double length = norm(y);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (y[i] / length);
        }
        return out;
    }

    private static double[][] tridiagonal(List<Double> alpha, List<Double> beta) {
        int m = alpha.size();
        double[][] t = new double[m][m];
        for (int i = 0; i < m; i++) {
            t[i][i] = alpha.get(i);
            if (i + 1 < m) {
                t[i][i + 1] = beta.get(i);
                t[i + 1][i] = beta.get(i);
            }
        }
        return t;
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    private static void scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}
