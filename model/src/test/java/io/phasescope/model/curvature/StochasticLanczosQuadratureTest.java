package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StochasticLanczosQuadratureTest {

    /** 200 eigenvalues: 150 in a bulk on [0, 1], 40 at 5, 10 outliers at −2. */
    private static double[] clusteredEigenvalues() {
        double[] values = new double[200];
        for (int i = 0; i < 150; i++) {
            values[i] = i / 149.0;
        }
        Arrays.fill(values, 150, 190, 5);
        Arrays.fill(values, 190, 200, -2);
        return values;
    }

    private static double moment(double[] values, int j) {
        return Arrays.stream(values).map(v -> Math.pow(v, j)).average().orElseThrow();
    }

    @Test
    void reproducesTheMomentsOfADiagonalOperatorExactly() {
        double[] values = clusteredEigenvalues();
        SpectralDensity density = StochasticLanczosQuadrature.density(
                DenseSymmetricOperator.diagonal(values), 4, 20, 3, JobControl.none());

        assertThat(Arrays.stream(density.weights()).sum()).isCloseTo(1, within(1e-12));
        assertThat(Arrays.stream(density.weights()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(density.probes()).isEqualTo(4);
        for (int j = 0; j <= 4; j++) {
            assertThat(density.moment(j)).as("moment %d", j).isCloseTo(moment(values, j), within(1e-9));
        }
        assertThat(density.minNode()).isCloseTo(-2, within(1e-9));
        assertThat(density.maxNode()).isCloseTo(5, within(1e-9));
    }

    @Test
    void estimatesTheMomentsAndShapeOfADenseOperator() {
        double[] values = clusteredEigenvalues();
        SymmetricOperator rotated = CurvatureFixtures.rotatedDiagonal(values, 8);
        SpectralDensity density = StochasticLanczosQuadrature.density(rotated, 30, 25, 4, JobControl.none());

        assertThat(Arrays.stream(density.weights()).sum()).isCloseTo(1, within(1e-12));
        assertThat(density.moment(1)).isCloseTo(moment(values, 1), within(0.03 * Math.sqrt(moment(values, 2))));
        assertThat(density.moment(2)).isCloseTo(moment(values, 2), within(0.05 * moment(values, 2)));

        double[] grid = {-2, -1, 0.5, 3, 5};
        double[] smooth = density.broadened(grid, 0.1);
        double peak = 1 / (0.1 * Math.sqrt(2 * Math.PI));
        assertThat(smooth[0]).as("10 of 200 eigenvalues at -2").isCloseTo(0.05 * peak, within(0.02 * peak));
        assertThat(smooth[4]).as("40 of 200 at 5").isCloseTo(0.2 * peak, within(0.04 * peak));
        assertThat(smooth[1]).isLessThan(1e-3);
        assertThat(smooth[3]).isLessThan(1e-3);
        assertThat(smooth[2]).as("bulk density 150/200 on [0, 1]").isCloseTo(0.75, within(0.25));

        double sigma = density.defaultSigma();
        double lo = density.minNode();
        double hi = density.maxNode();
        assertThat(sigma).isCloseTo((hi - lo) / 100, within(1e-12)).isCloseTo(0.07, within(1e-3));
        double[] span = density.grid(5, sigma);
        assertThat(span).hasSize(5);
        assertThat(span[0]).isCloseTo(lo - 3 * sigma, within(1e-12));
        assertThat(span[4]).isCloseTo(hi + 3 * sigma, within(1e-12));
        assertThat(span[2]).isCloseTo((lo + hi) / 2, within(1e-12));
    }

    @Test
    void agreesWithTheDenseHessianOfATinyNetwork() {
        float[] theta = CurvatureFixtures.tinyTheta();
        try (HessianVectorProduct product =
                new HessianVectorProduct(CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            HessianOperator hessian = new HessianOperator(product, theta, 0);
            double[] exact = DenseSymmetricOperator.materialize(hessian).eigenvalues();
            int n = exact.length;
            SpectralDensity density = StochasticLanczosQuadrature.density(hessian, 200, n, 2, JobControl.none());
            double variance = moment(exact, 2) - Math.pow(moment(exact, 1), 2);
            assertThat(density.moment(1)).isCloseTo(moment(exact, 1), within(0.1 * Math.sqrt(variance)));
            assertThat(density.minNode()).isCloseTo(exact[0], within(1e-4));
            assertThat(density.maxNode()).isCloseTo(exact[n - 1], within(1e-4));
        }
    }

    @Test
    void refusesBadSettings() {
        DenseSymmetricOperator a = DenseSymmetricOperator.diagonal(1, 2, 3);
        assertThatThrownBy(() -> StochasticLanczosQuadrature.density(a, 0, 2, 1, JobControl.none()))
                .hasMessageContaining("probes must be >= 1, was 0");
        assertThatThrownBy(() -> StochasticLanczosQuadrature.density(a, 1, 4, 1, JobControl.none()))
                .hasMessageContaining("was 4");
        assertThatThrownBy(
                        () -> new SpectralDensity(new double[] {1}, new double[] {1}, 1, 1).broadened(new double[1], 0))
                .hasMessageContaining("sigma must be > 0, was 0");
        assertThatThrownBy(() -> new SpectralDensity(new double[] {1}, new double[] {1}, 1, 1).grid(1, 0.1))
                .hasMessageContaining("need points >= 2 and sigma > 0, were 1, 0.1");
    }
}
