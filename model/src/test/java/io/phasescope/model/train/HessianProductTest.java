package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The R-operator Hessian-vector product in both precisions against central differences of the gradient of the
 * same precision (float: {@link MlpEngine}; double: {@link ReferenceGradient}), the dense finite-difference
 * Hessian of a tiny network, and its symmetry. The double tolerances are about five orders of magnitude tighter.
 */
class HessianProductTest {

    private static final Logger LOG = LoggerFactory.getLogger(HessianProductTest.class);

    static double[] hvp(Precision precision, NetworkSpec spec, Dataset data, float[] theta, double[] v) {
        try (HessianProduct product = HessianProduct.of(precision, spec, data)) {
            double[] out = new double[theta.length];
            product.apply(theta, v, out);
            return out;
        }
    }

    /** (∇E(θ + εv) − ∇E(θ − εv)) / 2ε, the gradients in {@code precision}. */
    static double[] finiteDifference(
            Precision precision, NetworkSpec spec, Dataset data, float[] theta, double[] v, double eps) {
        if (precision == Precision.DOUBLE) {
            return CentralDifference.of(at -> ReferenceGradient.of(spec, data, at), RandomData.widened(theta), v, eps);
        }
        try (MlpEngine engine = new MlpEngine(spec, theta, TrainingOptions.defaults())) {
            return CentralDifference.of(
                    at -> {
                        float[] gradient = new float[theta.length];
                        engine.gradient(RandomData.narrowed(at), data, gradient);
                        return RandomData.widened(gradient);
                    },
                    RandomData.widened(theta),
                    v,
                    eps);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "FLOAT, SIGMOID, 1e-3, 2e-3",
        "FLOAT, TANH, 1e-3, 2e-3",
        "FLOAT, RELU, 1e-3, 2e-2",
        "DOUBLE, SIGMOID, 1e-5, 1e-8",
        "DOUBLE, TANH, 1e-5, 1e-8",
        "DOUBLE, RELU, 1e-5, 1e-8"
    })
    void matchesCentralDifferencesOfTheGradient(
            Precision precision, Activation activation, double eps, double tolerance) {
        NetworkSpec spec = new NetworkSpec(8, List.of(7, 6), activation, 4, 3);
        Dataset data = RandomData.dataset(60, 8, 4, 21);
        float[] theta = RandomData.vector(spec.parameterCount(), 0.6, 22);
        double[] v = RandomData.widened(RandomData.vector(spec.parameterCount(), 1.0, 23));
        double error = RandomData.relativeError(
                hvp(precision, spec, data, theta, v), finiteDifference(precision, spec, data, theta, v, eps));
        LOG.info("{} {}: product vs central differences, relative error {}", precision.id(), activation, error);
        assertThat(error).isLessThan(tolerance);
    }

    @ParameterizedTest
    @CsvSource({
        "FLOAT, SIGMOID, 1e-2, 2e-3, 1e-5, 1e-5",
        "FLOAT, TANH, 1e-2, 2e-3, 1e-5, 1e-5",
        "DOUBLE, SIGMOID, 1e-5, 1e-9, 1e-14, 1e-12",
        "DOUBLE, TANH, 1e-5, 1e-9, 1e-14, 1e-12"
    })
    void equalsTheFiniteDifferenceHessianOfATinyNetworkAndIsSymmetric(
            Precision precision,
            Activation activation,
            double eps,
            double entryTolerance,
            double symmetryTolerance,
            double relativeSymmetry) {
        NetworkSpec spec = new NetworkSpec(4, List.of(3), activation, 2, 5);
        Dataset data = RandomData.dataset(30, 4, 2, 31);
        float[] theta = RandomData.vector(spec.parameterCount(), 0.8, 32);
        int n = spec.parameterCount();
        double[][] exact = new double[n][];
        double largest = 0;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double[] e = new double[n];
            e[i] = 1;
            exact[i] = hvp(precision, spec, data, theta, e);
            double[] numeric = finiteDifference(precision, spec, data, theta, e, eps);
            for (int j = 0; j < n; j++) {
                largest = Math.max(largest, Math.abs(numeric[j]));
                worst = Math.max(worst, Math.abs(exact[i][j] - numeric[j]));
                assertThat(exact[i][j]).as("H[%d][%d]", j, i).isCloseTo(numeric[j], within(entryTolerance));
            }
        }
        assertThat(largest).isGreaterThan(1e-2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(exact[i][j]).isCloseTo(exact[j][i], within(symmetryTolerance));
            }
        }
        double[] u = RandomData.widened(RandomData.vector(n, 1, 41));
        double[] w = RandomData.widened(RandomData.vector(n, 1, 42));
        double uHw = RandomData.dot(u, hvp(precision, spec, data, theta, w));
        double wHu = RandomData.dot(w, hvp(precision, spec, data, theta, u));
        LOG.info(
                "{} {}: largest |H − H_fd| {}, |uHw − wHu| / |uHw| = {}",
                precision.id(),
                activation,
                worst,
                Math.abs(uHw - wHu) / Math.abs(uHw));
        assertThat(Math.abs(uHw - wHu)).isLessThan(relativeSymmetry * Math.abs(uHw) + 1e-14);
    }
}
