package io.phasescope.model.curvature;

import java.util.Random;

/** Dense double-precision vector kernels shared by the Krylov solvers and estimators. */
final class Vectors {

    private Vectors() {}

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    static void scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
    }

    /** {@code y += a·x}. */
    static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** n independent ±1 entries, each with probability ½ (a Rademacher probe). */
    static double[] rademacher(int n, Random random) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextBoolean() ? 1 : -1;
        }
        return z;
    }
}
