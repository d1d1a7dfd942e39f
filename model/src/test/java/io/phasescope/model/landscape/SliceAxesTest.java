package io.phasescope.model.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceAxesTest {

    private static final NetworkSpec SPEC = LandscapeFixtures.spec(Activation.SIGMOID);

    @Test
    void hessianDirectionsAreTopEigenvectorsScaledToTheNormOfThetaZero() {
        float[] theta = LandscapeFixtures.minimum(SPEC, 1);

        SliceAxes axes =
                SliceAxes.hessian(SPEC, theta, LandscapeFixtures.DATA.train(), 1, false, true, JobControl.none());

        double norm = Math.sqrt(Directions.dot(theta, theta));
        assertThat(Math.sqrt(Directions.dot(axes.d1(), axes.d1()))).isCloseTo(norm, within(1e-3 * norm));
        assertThat(Directions.dot(axes.d1(), axes.d2()) / (norm * norm)).isCloseTo(0, within(1e-3));
        float[] hv = new float[theta.length];
        try (HessianVectorProduct product = new HessianVectorProduct(SPEC, LandscapeFixtures.DATA.train())) {
            product.apply(theta, axes.d1(), hv);
        }
        double rayleigh = Directions.dot(axes.d1(), hv) / (norm * norm);
        assertThat(axes.aLabel()).startsWith("a (top Hessian v₁, λ₁ = ");
        double lambda1 = Double.parseDouble(axes.aLabel().replaceAll(".*λ₁ = ([0-9.eE+-]+);.*", "$1"));
        assertThat(rayleigh).isCloseTo(lambda1, within(2e-3 * Math.abs(lambda1)));
    }

    @Test
    void principalDirectionsSpanTheTrajectoryWithinPlusMinusOne() {
        float[] a = LandscapeFixtures.minimum(SPEC, 1);
        float[] b = LandscapeFixtures.minimum(SPEC, 2);
        List<float[]> trajectory = new ArrayList<>();
        for (double t = 0; t <= 1.0001; t += 0.25) {
            trajectory.add(LinearPath.at(a, b, t));
        }
        trajectory.add(LandscapeFixtures.minimum(SPEC, 3));

        SliceAxes axes = SliceAxes.principal(a, trajectory, true);

        double largest = 0;
        for (float[] theta : trajectory) {
            double[] ab = Directions.project(theta, a, axes.d1(), axes.d2());
            assertThat(Math.abs(ab[0])).isLessThanOrEqualTo(1 + 1e-4);
            largest = Math.max(largest, Math.abs(ab[0]));
        }
        assertThat(largest).isCloseTo(1, within(1e-3));
        assertThat(SliceAxes.principal(a, trajectory, false).d2()).isNull();
    }

    @Test
    void kindsThatNeedMoreThanModelsSaySo() {
        float[] theta = SPEC.initialize();
        assertThatThrownBy(() ->
                        SliceAxes.of(DirectionKind.PCA, SPEC, theta, null, null, 1, Directions.BiasMode.ZERO, true))
                .hasMessageContaining("SliceAxes.principal");
        assertThatThrownBy(() ->
                        SliceAxes.of(DirectionKind.TOWARD, SPEC, theta, null, null, 1, Directions.BiasMode.ZERO, true))
                .hasMessageContaining("model B is required");
        assertThat(DirectionKind.parse(" Hessian ")).isEqualTo(DirectionKind.HESSIAN);
        assertThat(DirectionKind.parse("hessian_low")).isEqualTo(DirectionKind.HESSIAN_LOW);
    }

    @Test
    void lowestHessianDirectionsPointAlongTheSmallestEigenvalues() {
        float[] theta = LandscapeFixtures.minimum(SPEC, 1);

        SliceAxes top =
                SliceAxes.hessian(SPEC, theta, LandscapeFixtures.DATA.train(), 1, false, true, JobControl.none());
        SliceAxes low =
                SliceAxes.hessian(SPEC, theta, LandscapeFixtures.DATA.train(), 1, true, true, JobControl.none());

        assertThat(low.aLabel()).startsWith("a (lowest Hessian v₁, λ₁ = ");
        assertThat(eigenvalue(low.aLabel())).isLessThan(eigenvalue(top.aLabel()));
        double norm = Math.sqrt(Directions.dot(theta, theta));
        assertThat(Directions.dot(low.d1(), top.d1()) / (norm * norm))
                .as("orthogonal eigenvectors")
                .isCloseTo(0, within(1e-2));
    }

    private static double eigenvalue(String label) {
        return Double.parseDouble(label.replaceAll(".*λ₁ = ([0-9.eE+-]+);.*", "$1"));
    }
}
