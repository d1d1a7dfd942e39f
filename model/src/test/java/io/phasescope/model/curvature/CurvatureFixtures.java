package io.phasescope.model.curvature;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.util.List;
import java.util.Random;

/** Seeded operators with known spectra and a tiny network for the curvature tests. */
final class CurvatureFixtures {

    /** A 5-4-3 tanh network (39 parameters), 40 random examples and a random θ with scale 0.7. */
    static final NetworkSpec TINY = new NetworkSpec(5, List.of(4), Activation.TANH, 3, 2);

    private CurvatureFixtures() {}

    /** A fixed random Householder reflection of a diagonal matrix: same eigenvalues, dense eigenvectors. */
    static SymmetricOperator rotatedDiagonal(double[] eigenvalues, long seed) {
        int n = eigenvalues.length;
        double[] householder = new Random(seed).doubles(n).map(x -> x - 0.5).toArray();
        Vectors.scale(householder, 1 / Vectors.norm(householder));
        return new SymmetricOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void apply(double[] v, double[] out) {
                double p = 2 * Vectors.dot(householder, v);
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = eigenvalues[i] * (v[i] - p * householder[i]);
                }
                double q = 2 * Vectors.dot(householder, w);
                for (int i = 0; i < n; i++) {
                    out[i] = w[i] - q * householder[i];
                }
            }
        };
    }

    static Dataset tinyData() {
        Random random = new Random(9);
        float[] x = new float[40 * 5];
        int[] y = new int[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextInt(3);
        }
        return new Dataset("tiny", 40, 5, 3, x, y);
    }

    static float[] tinyTheta() {
        Random random = new Random(10);
        float[] theta = new float[TINY.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) (random.nextGaussian() * 0.7);
        }
        return theta;
    }
}
