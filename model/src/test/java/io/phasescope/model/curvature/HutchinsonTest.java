package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HutchinsonTest {

    private static DenseSymmetricOperator randomSymmetric(int n, long seed) {
        Random random = new Random(seed);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                m[i][j] = random.nextGaussian();
                m[j][i] = m[i][j];
            }
            m[i][i] += 3;
        }
        return new DenseSymmetricOperator(m);
    }

    @Test
    void estimatesTheTraceOfAnExplicitMatrixWithAnHonestStandardError() {
        int n = 60;
        DenseSymmetricOperator a = randomSymmetric(n, 5);
        int probes = 400;
        double offDiagonal = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                offDiagonal += i == j ? 0 : a.get(i, j) * a.get(i, j);
            }
        }
        double theoreticalError = Math.sqrt(2 * offDiagonal / probes);

        TraceEstimate estimate = Hutchinson.trace(a, probes, 11, JobControl.none());

        assertThat(estimate.probes()).isEqualTo(probes);
        assertThat(estimate.standardError()).isCloseTo(theoreticalError, within(0.15 * theoreticalError));
        assertThat(estimate.trace()).isCloseTo(a.trace(), within(3 * estimate.standardError()));
    }

    @Test
    void isExactOnADiagonalMatrix() {
        DenseSymmetricOperator diagonal = DenseSymmetricOperator.diagonal(-2, 0.5, 1, 4, 7.25);
        TraceEstimate estimate = Hutchinson.trace(diagonal, 3, 1, JobControl.none());
        assertThat(estimate.trace()).isEqualTo(10.75);
        assertThat(estimate.standardError()).isZero();
    }

    @Test
    void matchesTheTraceOfTheDenseHessianOfATinyNetworkAndShiftsBy2LambdaN() {
        float[] theta = CurvatureFixtures.tinyTheta();
        int n = theta.length;
        double lambda = 0.03;
        try (HessianVectorProduct product =
                new HessianVectorProduct(CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            HessianOperator hessianE = new HessianOperator(product, theta, 0);
            double exact = DenseSymmetricOperator.materialize(hessianE).trace();

            TraceEstimate ofE = Hutchinson.trace(hessianE, 2000, 7, JobControl.none());
            TraceEstimate ofL =
                    Hutchinson.trace(new HessianOperator(product, theta, lambda), 2000, 7, JobControl.none());

            assertThat(ofE.trace()).isCloseTo(exact, within(3 * ofE.standardError()));
            assertThat(ofE.standardError()).isLessThan(0.05 * Math.abs(exact));
            TraceEstimate shifted = ofE.shifted(2 * lambda, n);
            assertThat(ofL.trace()).isCloseTo(shifted.trace(), within(1e-9 * Math.abs(shifted.trace())));
            assertThat(ofL.standardError()).isCloseTo(ofE.standardError(), within(1e-9));
        }
    }

    @Test
    void refusesFewerThanTwoProbesAndStopsWhenCancelled() {
        DenseSymmetricOperator a = randomSymmetric(4, 1);
        assertThatThrownBy(() -> Hutchinson.trace(a, 1, 1, JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 1");
        JobControl cancelled = new JobControl();
        cancelled.cancel();
        assertThatThrownBy(() -> Hutchinson.trace(a, 10, 1, cancelled)).isInstanceOf(CancelledException.class);
    }
}
