package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The float64 product against central differences of a float64 reference gradient ({@link ReferenceGradient}),
 * the dense Hessian of a tiny network, its own symmetry and the float32 product. Its tolerances are about five
 * orders of magnitude tighter than {@link HessianVectorProductTest}'s (2e-3 there, 1e-8 here).
 */
class DoubleHessianVectorProductTest {

    private static final Logger LOG = LoggerFactory.getLogger(DoubleHessianVectorProductTest.class);

    private static double[] hvp(NetworkSpec spec, Dataset data, double[] theta, double[] v) {
        double[] out = new double[theta.length];
        try (DoubleHessianVectorProduct product = new DoubleHessianVectorProduct(spec, data)) {
            product.apply(theta, v, out);
        }
        return out;
    }

    /** (∇E(θ + εv) − ∇E(θ − εv)) / 2ε, all in double. */
    private static double[] finiteDifference(NetworkSpec spec, Dataset data, double[] theta, double[] v, double eps) {
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            plus[i] += eps * v[i];
            minus[i] -= eps * v[i];
        }
        double[] gPlus = ReferenceGradient.of(spec, data, plus);
        double[] gMinus = ReferenceGradient.of(spec, data, minus);
        double[] fd = new double[theta.length];
        for (int i = 0; i < fd.length; i++) {
            fd[i] = (gPlus[i] - gMinus[i]) / (2 * eps);
        }
        return fd;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU"})
    void matchesCentralDifferencesOfTheDoubleGradientToOnePartIn1e8(Activation activation) {
        NetworkSpec spec = new NetworkSpec(8, List.of(7, 6), activation, 4, 3);
        Dataset data = RandomData.dataset(60, 8, 4, 21);
        double[] theta = widened(RandomData.vector(spec.parameterCount(), 0.6, 22));
        double[] v = widened(RandomData.vector(spec.parameterCount(), 1.0, 23));
        double[] exact = hvp(spec, data, theta, v);
        double error = relativeError(exact, finiteDifference(spec, data, theta, v, 1e-5));
        LOG.info("{}: double product vs central differences, relative error {}", activation, error);
        assertThat(error).isLessThan(1e-8);
    }

    @Test
    void accumulatesOverChunksLikeOneBatch() {
        NetworkSpec spec = new NetworkSpec(6, List.of(5), Activation.TANH, 3, 4);
        Dataset data = RandomData.dataset(PearlmutterPass.CHUNK + 301, 6, 3, 51);
        double[] theta = widened(RandomData.vector(spec.parameterCount(), 0.7, 52));
        double[] v = widened(RandomData.vector(spec.parameterCount(), 1.0, 53));
        double error = relativeError(hvp(spec, data, theta, v), finiteDifference(spec, data, theta, v, 1e-5));
        LOG.info("{} examples in two chunks: relative error {}", data.size(), error);
        assertThat(error).isLessThan(1e-8);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH"})
    void equalsTheFiniteDifferenceHessianOfATinyNetworkAndIsSymmetric(Activation activation) {
        NetworkSpec spec = new NetworkSpec(4, List.of(3), activation, 2, 5);
        Dataset data = RandomData.dataset(30, 4, 2, 31);
        double[] theta = widened(RandomData.vector(spec.parameterCount(), 0.8, 32));
        int n = spec.parameterCount();
        double[][] exact = new double[n][];
        double largest = 0;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double[] e = new double[n];
            e[i] = 1;
            exact[i] = hvp(spec, data, theta, e);
            double[] numeric = finiteDifference(spec, data, theta, e, 1e-5);
            for (int j = 0; j < n; j++) {
                largest = Math.max(largest, Math.abs(numeric[j]));
                worst = Math.max(worst, Math.abs(exact[i][j] - numeric[j]));
                assertThat(exact[i][j]).as("H[%d][%d]", j, i).isCloseTo(numeric[j], within(1e-9));
            }
        }
        assertThat(largest).isGreaterThan(1e-2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(exact[i][j]).isCloseTo(exact[j][i], within(1e-14));
            }
        }
        double[] u = widened(RandomData.vector(n, 1, 41));
        double[] w = widened(RandomData.vector(n, 1, 42));
        double uHw = dot(u, hvp(spec, data, theta, w));
        double wHu = dot(w, hvp(spec, data, theta, u));
        LOG.info("{}: largest |H − H_fd| {}, |uHw − wHu| / |uHw| = {}", activation, worst, Math.abs(uHw - wHu) / Math.abs(uHw));
        assertThat(Math.abs(uHw - wHu)).isLessThan(1e-12 * Math.abs(uHw));
    }

    @Test
    void agreesWithTheFloatProductOnThePatternsToOnePartIn1e4() {
        Dataset data = new DataRequest(DataRequest.Kind.PATTERNS, 2500, 100, 1, null).load(m -> { }).train();
        NetworkSpec spec = new NetworkSpec(16, List.of(12, 12), Activation.SIGMOID, 3, 7);
        float[] theta = XavierInit.initialize(spec);
        double[] v = new Random(8).doubles(spec.parameterCount(), -1, 1).toArray();
        double[] single = new double[v.length];
        double[] twice = new double[v.length];
        double lossSingle;
        double lossDouble;
        try (HessianProduct f = HessianProduct.of(Precision.FLOAT, spec, data);
                HessianProduct d = HessianProduct.of(Precision.DOUBLE, spec, data)) {
            assertThat(f.precision()).isEqualTo(Precision.FLOAT);
            assertThat(d.precision()).isEqualTo(Precision.DOUBLE);
            assertThat(d.examples()).isEqualTo(2500);
            lossSingle = f.apply(theta, v, single);
            lossDouble = d.apply(theta, v, twice);
        }
        double error = relativeError(single, twice);
        LOG.info("float vs double product on {}: relative difference {}", data, error);
        assertThat(error).isLessThan(1e-4).isGreaterThan(1e-9);
        assertThat(lossSingle).isCloseTo(lossDouble, within(1e-5 * lossDouble));
    }

    @Test
    void refusesVectorsOfTheWrongLength() {
        NetworkSpec spec = new NetworkSpec(4, List.of(3), Activation.TANH, 2, 5);
        try (DoubleHessianVectorProduct product = new DoubleHessianVectorProduct(spec, RandomData.dataset(5, 4, 2, 1))) {
            int n = spec.parameterCount();
            assertThat(product.dimension()).isEqualTo(n);
            assertThatThrownBy(() -> product.apply(new float[n], new double[n - 1], new double[n]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one held " + (n - 1));
        }
    }

    @Test
    void parsesPrecisionNamesAndReadsAbsenceAsFloat() {
        assertThat(Precision.parse(null)).isEqualTo(Precision.FLOAT);
        assertThat(Precision.parse(" Double")).isEqualTo(Precision.DOUBLE);
        assertThat(Precision.DOUBLE.id()).isEqualTo("double");
        assertThatThrownBy(() -> Precision.parse("half")).hasMessageContaining("'half'");
    }

    private static double[] widened(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static double relativeError(double[] actual, double[] expected) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < actual.length; i++) {
            diff += (actual[i] - expected[i]) * (actual[i] - expected[i]);
            norm += expected[i] * expected[i];
        }
        return Math.sqrt(diff / Math.max(norm, 1e-300));
    }
}
