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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The float64 product over several chunks, against the float32 product, and its argument checks; the finite
 * difference and symmetry checks of both precisions are in {@link HessianProductTest}.
 */
class DoubleHessianVectorProductTest {

    private static final Logger LOG = LoggerFactory.getLogger(DoubleHessianVectorProductTest.class);

    @Test
    void accumulatesOverChunksLikeOneBatch() {
        NetworkSpec spec = new NetworkSpec(6, List.of(5), Activation.TANH, 3, 4);
        Dataset data = RandomData.dataset(PearlmutterPass.CHUNK + 301, 6, 3, 51);
        float[] theta = RandomData.vector(spec.parameterCount(), 0.7, 52);
        double[] v = RandomData.widened(RandomData.vector(spec.parameterCount(), 1.0, 53));
        double error = RandomData.relativeError(
                HessianProductTest.hvp(Precision.DOUBLE, spec, data, theta, v),
                HessianProductTest.finiteDifference(Precision.DOUBLE, spec, data, theta, v, 1e-5));
        LOG.info("{} examples in two chunks: relative error {}", data.size(), error);
        assertThat(error).isLessThan(1e-8);
    }

    @Test
    void agreesWithTheFloatProductOnThePatternsToOnePartIn1e4() {
        Dataset data = new DataRequest(DataRequest.Kind.PATTERNS, 2500, 100, 1, null)
                .load(m -> {})
                .train();
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
        double error = RandomData.relativeError(single, twice);
        LOG.info("float vs double product on {}: relative difference {}", data, error);
        assertThat(error).isLessThan(1e-4).isGreaterThan(1e-9);
        assertThat(lossSingle).isCloseTo(lossDouble, within(1e-5 * lossDouble));
    }

    @Test
    void refusesVectorsOfTheWrongLength() {
        NetworkSpec spec = new NetworkSpec(4, List.of(3), Activation.TANH, 2, 5);
        try (DoubleHessianVectorProduct product =
                new DoubleHessianVectorProduct(spec, RandomData.dataset(5, 4, 2, 1))) {
            int n = spec.parameterCount();
            assertThat(product.dimension()).isEqualTo(n);
            assertThatThrownBy(() -> product.apply(new float[n], new double[n - 1], new double[n]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("one held " + (n - 1));
        }
    }

    @Test
    void parsesPrecisionNamesAndReadsAbsenceAsFloat() {
        assertThat(Precision.parse(null)).isEqualTo(Precision.FLOAT);
        assertThat(Precision.parse(" Double")).isEqualTo(Precision.DOUBLE);
        assertThat(Precision.DOUBLE.id()).isEqualTo("double");
        assertThatThrownBy(() -> Precision.parse("half")).hasMessageContaining("'half'");
    }
}
