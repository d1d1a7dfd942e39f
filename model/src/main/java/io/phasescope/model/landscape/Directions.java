package io.phasescope.model.landscape;

import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import java.util.List;
import java.util.Random;

/** Directions in parameter space for slices and projections. All vectors use θ's flat DL4J layout. */
public final class Directions {

    /** What a filter-normalized direction does with the biases. */
    public enum BiasMode {
        /** Bias entries are zero: the slice moves weights only (Li et al.'s choice). */
        ZERO,
        /** Bias entries are random too, each scaled to the magnitude of the same bias in θ₀. */
        KEEP
    }

    private Directions() {}

    /**
     * A Gaussian direction with filter normalization (Li et al. 2018): each neuron's incoming weight vector
     * is rescaled to the norm of the same neuron's incoming weights in {@code theta0}, so slices of
     * differently scaled minima are comparable.
     */
    public static float[] filterNormalized(NetworkSpec spec, float[] theta0, long seed, BiasMode biases) {
        ParameterLayout layout = new ParameterLayout(spec);
        require(theta0, layout.count(), "theta0");
        Random random = new Random(seed);
        float[] d = new float[layout.count()];
        for (int l = 0; l < layout.layers(); l++) {
            int nIn = layout.fanIn(l);
            for (int j = 0; j < layout.fanOut(l); j++) {
                int start = layout.weightOffset(l) + j * nIn;
                double target = 0;
                double norm = 0;
                for (int p = 0; p < nIn; p++) {
                    d[start + p] = (float) random.nextGaussian();
                    target += theta0[start + p] * (double) theta0[start + p];
                    norm += d[start + p] * (double) d[start + p];
                }
                double scale = norm == 0 ? 0 : Math.sqrt(target / norm);
                for (int p = 0; p < nIn; p++) {
                    d[start + p] *= (float) scale;
                }
                int bias = layout.biasOffset(l) + j;
                double gaussian = random.nextGaussian();
                d[bias] = biases == BiasMode.KEEP ? (float) (Math.signum(gaussian) * Math.abs(theta0[bias])) : 0f;
            }
        }
        return d;
    }

    /** {@code to − from}: a = 1 along it reaches {@code to}. */
    public static float[] toward(float[] from, float[] to) {
        require(to, from.length, "to");
        float[] d = new float[from.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = to[i] - from[i];
        }
        return d;
    }

    /**
     * The plane through three models: origin A, d₁ = B − A, d₂ = the part of C − A orthogonal to d₁. In these
     * coordinates A = (0, 0), B = (1, 0) and C = ({@link Plane#cAlong()}, 1).
     */
    public static Plane plane(float[] a, float[] b, float[] c) {
        float[] d1 = toward(a, b);
        float[] toC = toward(a, c);
        double along = dot(toC, d1) / dot(d1, d1);
        float[] d2 = new float[a.length];
        for (int i = 0; i < d2.length; i++) {
            d2[i] = (float) (toC[i] - along * d1[i]);
        }
        return new Plane(a.clone(), d1, d2, along);
    }

    /**
     * The first {@code k} principal components of a trajectory (rows centred on their mean), each scaled to
     * unit length, from the eigenvectors of the n×n Gram matrix by power iteration with deflation.
     */
    public static float[][] principalComponents(List<float[]> trajectory, int k) {
        int n = trajectory.size();
        if (n < 2 || k < 1 || k >= n) {
            throw new IllegalArgumentException("need k in [1, n−1] and n ≥ 2 points, were k = " + k + ", n = " + n);
        }
        int p = trajectory.get(0).length;
        double[] mean = new double[p];
        for (float[] theta : trajectory) {
            require(theta, p, "trajectory point");
            for (int i = 0; i < p; i++) {
                mean[i] += theta[i] / (double) n;
            }
        }
        double[][] gram = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int s = r; s < n; s++) {
                double g = 0;
                float[] x = trajectory.get(r);
                float[] y = trajectory.get(s);
                for (int i = 0; i < p; i++) {
                    g += (x[i] - mean[i]) * (y[i] - mean[i]);
                }
                gram[r][s] = g;
                gram[s][r] = g;
            }
        }
        float[][] components = new float[k][];
        Random random = new Random(1);
        for (int c = 0; c < k; c++) {
            double[] v = topEigenvector(gram, random);
            double lambda = rayleigh(gram, v);
            float[] component = new float[p];
            for (int r = 0; r < n; r++) {
                float[] x = trajectory.get(r);
                for (int i = 0; i < p; i++) {
                    component[i] += (float) (v[r] * (x[i] - mean[i]));
                }
            }
            double length = Math.sqrt(dot(component, component));
            for (int i = 0; i < p; i++) {
                component[i] /= (float) length;
            }
            components[c] = component;
            for (int r = 0; r < n; r++) {
                for (int s = 0; s < n; s++) {
                    gram[r][s] -= lambda * v[r] * v[s];
                }
            }
        }
        return components;
    }

    /** Coordinates (a, b) of the point of the plane origin + a·d₁ + b·d₂ closest to {@code theta}. */
    public static double[] project(float[] theta, float[] origin, float[] d1, float[] d2) {
        float[] offset = toward(origin, theta);
        double g11 = dot(d1, d1);
        double g12 = dot(d1, d2);
        double g22 = dot(d2, d2);
        double r1 = dot(offset, d1);
        double r2 = dot(offset, d2);
        double det = g11 * g22 - g12 * g12;
        return new double[] {(r1 * g22 - r2 * g12) / det, (r2 * g11 - r1 * g12) / det};
    }

    /** θ₀ + a·d₁ + b·d₂ ({@code d2} may be null for a 1D slice). */
    public static float[] at(float[] origin, float[] d1, float[] d2, double a, double b) {
        float[] theta = new float[origin.length];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) (origin[i] + a * d1[i] + (d2 == null ? 0 : b * d2[i]));
        }
        return theta;
    }

    static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * (double) y[i];
        }
        return s;
    }

    private static double[] topEigenvector(double[][] m, Random random) {
        int n = m.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        for (int iteration = 0; iteration < 500; iteration++) {
            double[] w = new double[n];
            for (int r = 0; r < n; r++) {
                for (int s = 0; s < n; s++) {
                    w[r] += m[r][s] * v[s];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(w).map(x -> x * x).sum());
            if (norm == 0) {
                return v;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(w[i] / norm - v[i]));
                v[i] = w[i] / norm;
            }
            if (change < 1e-10) {
                break;
            }
        }
        return v;
    }

    private static double rayleigh(double[][] m, double[] v) {
        double s = 0;
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m.length; c++) {
                s += v[r] * m[r][c] * v[c];
            }
        }
        return s;
    }

    private static void require(float[] values, int length, String what) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException(
                    what + " must hold " + length + " values, held " + (values == null ? "null" : values.length));
        }
    }

    /**
     * A plane through three models.
     *
     * @param origin A
     * @param d1 B − A
     * @param d2 the part of C − A orthogonal to d1
     * @param cAlong C's coordinate along d1
     */
    public record Plane(float[] origin, float[] d1, float[] d2, double cAlong) {}
}
