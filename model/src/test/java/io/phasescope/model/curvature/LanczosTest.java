package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanczosTest {

    /** A fixed random orthogonal rotation of a diagonal matrix. */
    private static SymmetricOperator rotatedDiagonal(double[] eigenvalues, long seed) {
        int n = eigenvalues.length;
        double[] householder = new Random(seed).doubles(n).map(x -> x - 0.5).toArray();
        double norm = Math.sqrt(Lanczos.dot(householder, householder));
        for (int i = 0; i < n; i++) {
            householder[i] /= norm;
        }
        return new SymmetricOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void apply(double[] v, double[] out) {
                double p = 2 * Lanczos.dot(householder, v);
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = eigenvalues[i] * (v[i] - p * householder[i]);
                }
                double q = 2 * Lanczos.dot(householder, w);
                for (int i = 0; i < n; i++) {
                    out[i] = w[i] - q * householder[i];
                }
            }
        };
    }

    @Test
    void findsBothEndsIncludingSmallNegativeEigenvalues() {
        double[] eigenvalues = new double[300];
        for (int i = 0; i < eigenvalues.length; i++) {
            eigenvalues[i] = 10.0 * i / eigenvalues.length;
        }
        eigenvalues[17] = -0.5;
        eigenvalues[18] = -0.25;
        Spectrum spectrum = Lanczos.extremes(rotatedDiagonal(eigenvalues, 3), 3, 2, 1e-8, 300, 1, JobControl.none());
        double[] sorted = eigenvalues.clone();
        Arrays.sort(sorted);
        assertThat(spectrum.converged()).isTrue();
        assertThat(spectrum.bottom()).containsExactly(new double[] {-0.5, -0.25}, within(1e-7));
        assertThat(spectrum.top()).containsExactly(new double[] {sorted[299], sorted[298], sorted[297]}, within(1e-7));
    }

    @Test
    void agreesWithTheDenseHessianOfATinyNetwork() {
        NetworkSpec spec = new NetworkSpec(5, List.of(4), Activation.TANH, 3, 2);
        Random random = new Random(9);
        float[] x = new float[40 * 5];
        int[] y = new int[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextInt(3);
        }
        Dataset data = new Dataset("tiny", 40, 5, 3, x, y);
        float[] theta = new float[spec.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) (random.nextGaussian() * 0.7);
        }
        int n = theta.length;
        try (HessianVectorProduct product = new HessianVectorProduct(spec, data)) {
            HessianOperator hessian = new HessianOperator(product, theta, 0.01);
            double[][] dense = new double[n][n];
            for (int j = 0; j < n; j++) {
                double[] e = new double[n];
                e[j] = 1;
                double[] column = new double[n];
                hessian.apply(e, column);
                for (int i = 0; i < n; i++) {
                    dense[i][j] = column[i];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    double mean = (dense[i][j] + dense[j][i]) / 2;
                    dense[i][j] = mean;
                    dense[j][i] = mean;
                }
            }
            double[] exact = SymmetricEigen.of(dense).values();
            Spectrum spectrum = Lanczos.extremes(hessian, 2, 2, 1e-6, n, 4, JobControl.none());
            assertThat(spectrum.bottom()[0]).isCloseTo(exact[0], within(1e-4));
            assertThat(spectrum.bottom()[1]).isCloseTo(exact[1], within(1e-4));
            assertThat(spectrum.top()[0]).isCloseTo(exact[n - 1], within(1e-4));
            assertThat(exact[0]).as("a random point of a tanh net has negative curvature").isLessThan(0.02);
        }
    }
}
