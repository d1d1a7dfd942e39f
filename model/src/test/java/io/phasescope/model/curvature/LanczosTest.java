package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LanczosTest {

    @Test
    void findsBothEndsIncludingSmallNegativeEigenvalues() {
        double[] eigenvalues = new double[300];
        for (int i = 0; i < eigenvalues.length; i++) {
            eigenvalues[i] = 10.0 * i / eigenvalues.length;
        }
        eigenvalues[17] = -0.5;
        eigenvalues[18] = -0.25;
        SymmetricOperator operator = CurvatureFixtures.rotatedDiagonal(eigenvalues, 3);
        Spectrum spectrum = Lanczos.extremes(operator, 3, 2, 1e-8, 300, 1, JobControl.none());
        double[] sorted = eigenvalues.clone();
        Arrays.sort(sorted);
        assertThat(spectrum.converged()).isTrue();
        assertThat(spectrum.bottom()).containsExactly(new double[] {-0.5, -0.25}, within(1e-7));
        assertThat(spectrum.top()).containsExactly(new double[] {sorted[299], sorted[298], sorted[297]}, within(1e-7));
    }

    @Test
    void agreesWithTheDenseHessianOfATinyNetwork() {
        float[] theta = CurvatureFixtures.tinyTheta();
        int n = theta.length;
        try (HessianVectorProduct product =
                new HessianVectorProduct(CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            HessianOperator hessian = new HessianOperator(product, theta, 0.01);
            double[] exact = DenseSymmetricOperator.materialize(hessian).eigenvalues();
            Spectrum spectrum = Lanczos.extremes(hessian, 2, 2, 1e-6, n, 4, JobControl.none());
            assertThat(spectrum.bottom()[0]).isCloseTo(exact[0], within(1e-4));
            assertThat(spectrum.bottom()[1]).isCloseTo(exact[1], within(1e-4));
            assertThat(spectrum.top()[0]).isCloseTo(exact[n - 1], within(1e-4));
            assertThat(exact[0])
                    .as("a random point of a tanh net has negative curvature")
                    .isLessThan(0.02);
        }
    }

    @Test
    void inDoubleRecoversTheDenseHessiansExtremesToOnePartIn1e9() {
        float[] theta = CurvatureFixtures.tinyTheta();
        int n = theta.length;
        try (HessianProduct product =
                HessianProduct.of(Precision.DOUBLE, CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            HessianOperator hessian = new HessianOperator(product, theta, 0.01);
            double[] exact = DenseSymmetricOperator.materialize(hessian).eigenvalues();
            Spectrum spectrum = Lanczos.extremes(hessian, 2, 2, 1e-12, n, 4, JobControl.none());
            assertThat(spectrum.converged()).isTrue();
            assertThat(spectrum.bottom()).containsExactly(new double[] {exact[0], exact[1]}, within(1e-9));
            assertThat(spectrum.top()).containsExactly(new double[] {exact[n - 1], exact[n - 2]}, within(1e-9));
        }
    }
}
