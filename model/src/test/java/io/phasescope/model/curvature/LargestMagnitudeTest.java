package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import org.junit.jupiter.api.Test;

/** The largest-magnitude mode of {@link Lanczos} against dense symmetric matrices with known eigenvalues. */
class LargestMagnitudeTest {

    /** A dense 240×240 matrix with eigenvalues {@code outliers} and a bulk spread evenly over [−1, 1]. */
    private static DenseSymmetricOperator dense(long seed, double... outliers) {
        double[] eigenvalues = new double[240];
        for (int i = 0; i < eigenvalues.length; i++) {
            eigenvalues[i] = -1 + 2.0 * i / (eigenvalues.length - 1);
        }
        System.arraycopy(outliers, 0, eigenvalues, 0, outliers.length);
        return DenseSymmetricOperator.materialize(CurvatureFixtures.rotatedDiagonal(eigenvalues, seed));
    }

    /** The k eigenvalues of largest magnitude from LAPACK's full decomposition, by descending magnitude. */
    private static double[] reference(DenseSymmetricOperator matrix, int k) {
        return CurvatureFixtures.largestMagnitude(matrix.eigenvalues(), k);
    }

    @Test
    void findsAMixedSetOfPositiveAndNegativeEigenvaluesWithTheirSigns() {
        DenseSymmetricOperator matrix = dense(3, 5.0, -4.5, 4.0, -3.5, 3.0, -2.5, 2.0);
        Spectrum spectrum = Lanczos.extremes(matrix, 0, 0, 6, 1e-6, 240, 1, JobControl.none());

        assertThat(spectrum.converged()).isTrue();
        assertThat(spectrum.largestMagnitude())
                .containsExactly(new double[] {5.0, -4.5, 4.0, -3.5, 3.0, -2.5}, within(1e-9));
        assertThat(spectrum.largestMagnitude()).containsExactly(reference(matrix, 6), within(1e-9));
        assertThat(spectrum.top()).isEmpty();
        assertThat(spectrum.bottom()).isEmpty();
    }

    @Test
    void putsANegativeEigenvalueOfLargestMagnitudeFirst() {
        DenseSymmetricOperator matrix = dense(4, -7.0, 3.0, 2.5, -1.5);
        Spectrum spectrum = Lanczos.extremes(matrix, 2, 2, 3, 1e-6, 240, 2, JobControl.none());

        assertThat(spectrum.converged()).isTrue();
        assertThat(spectrum.largestMagnitude()).containsExactly(new double[] {-7.0, 3.0, 2.5}, within(1e-9));
        assertThat(spectrum.bottom()).containsExactly(new double[] {-7.0, -1.5}, within(1e-9));
        assertThat(spectrum.top()).containsExactly(new double[] {3.0, 2.5}, within(1e-9));
    }

    @Test
    void allNegativeWhenThePositiveEigenvaluesAreSmall() {
        DenseSymmetricOperator matrix = dense(5, -6.0, -5.0, -4.0);
        Spectrum spectrum = Lanczos.extremes(matrix, 1, 0, 3, 1e-6, 240, 3, JobControl.none());

        assertThat(spectrum.largestMagnitude()).containsExactly(new double[] {-6.0, -5.0, -4.0}, within(1e-9));
        assertThat(spectrum.top()).containsExactly(new double[] {1.0}, within(1e-9));
    }

    @Test
    void reportsNotConvergedWhenTheStepsRunOutAndConvergesWithMore() {
        DenseSymmetricOperator matrix = dense(6, 5.0, -4.9, 4.8, -4.7, 4.6, -4.5);
        Spectrum few = Lanczos.extremes(matrix, 0, 0, 6, 1e-10, 12, 1, JobControl.none());
        Spectrum enough = Lanczos.extremes(matrix, 0, 0, 6, 1e-10, 240, 1, JobControl.none());

        assertThat(few.converged()).isFalse();
        assertThat(few.iterations()).isEqualTo(12);
        assertThat(enough.converged()).isTrue();
        assertThat(enough.iterations()).isLessThan(240);
        assertThat(enough.largestMagnitude())
                .containsExactly(new double[] {5.0, -4.9, 4.8, -4.7, 4.6, -4.5}, within(1e-9));
    }

    @Test
    void matchesTheDenseHessianOfATinyNetworkInDouble() {
        float[] theta = CurvatureFixtures.tinyTheta();
        try (HessianProduct product =
                HessianProduct.of(Precision.DOUBLE, CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            HessianOperator hessian = new HessianOperator(product, theta, 0);
            DenseSymmetricOperator exact = DenseSymmetricOperator.materialize(hessian);
            Spectrum spectrum = Lanczos.extremes(hessian, 1, 1, 8, 1e-10, theta.length, 4, JobControl.none());

            assertThat(spectrum.converged()).isTrue();
            assertThat(spectrum.largestMagnitude()).containsExactly(reference(exact, 8), within(1e-9));
            assertThat(exact.eigenvalues()[0])
                    .as("the tiny tanh net has negative curvature")
                    .isLessThan(0);
        }
    }

    @Test
    void ordersByMagnitudeMergingFromBothEnds() {
        double[] ascending = {-9, -3, -0.5, 0.1, 2, 4, 8};
        assertThat(Lanczos.byMagnitude(ascending, 4)).containsExactly(0, 6, 5, 1);
        assertThat(Lanczos.byMagnitude(ascending, 10)).hasSize(7);
        assertThat(Lanczos.wanted(ascending, 1, 1, 2)).containsExactly(true, false, false, false, false, false, true);
        assertThat(Lanczos.wanted(ascending, 0, 0, 3)).containsExactly(true, false, false, false, false, true, true);
    }

    @Test
    void refusesImpossibleRequestsNamingTheValues() {
        DenseSymmetricOperator matrix = DenseSymmetricOperator.diagonal(1, -2, 3);
        assertThatThrownBy(() -> Lanczos.extremes(matrix, 0, 0, 4, 1e-6, 3, 1, JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("were 0, 0, 4");
        assertThatThrownBy(() -> Lanczos.extremes(matrix, 0, 0, 0, 1e-6, 3, 1, JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one wanted");
        assertThatThrownBy(() -> Lanczos.extremes(matrix, 1, 0, 3, 1e-6, 2, 1, JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("= 3, were 1.0E-6, 2");
    }
}
