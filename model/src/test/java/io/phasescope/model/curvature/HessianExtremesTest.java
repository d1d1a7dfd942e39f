package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import org.junit.jupiter.api.Test;

/** The precision of {@link SpectraSettings} reaches the products, and a product of another precision is refused. */
class HessianExtremesTest {

    private final float[] theta = CurvatureFixtures.tinyTheta();
    private final SpectraSettings settings = new SpectraSettings(2, 2, 1e-12, 39, 0, 3, Precision.DOUBLE);

    @Test
    void doubleSettingsGiveTheDenseDoubleHessiansEigenvaluesOfE() {
        double lambda = 0.05;
        try (HessianProduct product =
                HessianProduct.of(Precision.DOUBLE, CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            double[] exact = DenseSymmetricOperator.materialize(new HessianOperator(product, theta, 0))
                    .eigenvalues();
            HessianExtremes.Result r = HessianExtremes.measure(product, theta, lambda, settings, JobControl.none());
            assertThat(r.bottom()[0]).isCloseTo(exact[0], within(1e-9));
            assertThat(r.top()[0]).isCloseTo(exact[exact.length - 1], within(1e-9));
        }
    }

    @Test
    void refusesAProductOfAnotherPrecisionAndDefaultsToFloat() {
        assertThat(new SpectraSettings(1, 1, 1e-3, 10, 0, 1).precision()).isEqualTo(Precision.FLOAT);
        assertThat(SpectraSettings.defaults().withPrecision(Precision.DOUBLE).precision())
                .isEqualTo(Precision.DOUBLE);
        try (HessianProduct product =
                HessianProduct.of(Precision.FLOAT, CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            assertThatThrownBy(() -> HessianExtremes.measure(product, theta, 0, settings, JobControl.none()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("double")
                    .hasMessageContaining("float");
        }
        assertThatThrownBy(() -> new SpectraSettings(1, 1, 1e-3, 10, 0, 1, null))
                .isInstanceOf(NullPointerException.class);
    }
}
