package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code L_λ = E + λ‖θ − θ_ref‖²} and its gradient agree with central finite differences. */
class PenaltyGradientTest {

    private final NetworkSpec spec = new NetworkSpec(6, List.of(5), Activation.TANH, 3, 1);
    private final Dataset data = RandomData.dataset(25, 6, 3, 17);
    private final float[] theta = RandomData.vector(spec.parameterCount(), 0.5, 2);

    @Test
    void penaltyIsLambdaTimesSquaredDistanceOverAllParameters() {
        float[] ref = RandomData.vector(spec.parameterCount(), 0.5, 3);
        double lambda = 0.3;
        try (MlpEngine engine = new MlpEngine(
                spec, theta, TrainingOptions.defaults().withLambda(lambda).withThetaRef(ref))) {
            double expected = lambda * Evaluator.squaredDistance(theta, ref);
            assertThat(engine.penalty()).isCloseTo(expected, within(1e-5 * expected));
        }
    }

    @Test
    void objectiveGradientMatchesCentralDifferencesWithReference() {
        checkAgainstFiniteDifferences(RandomData.vector(spec.parameterCount(), 0.5, 3), 0.2);
    }

    @Test
    void objectiveGradientMatchesCentralDifferencesAtOrigin() {
        checkAgainstFiniteDifferences(null, 0.05);
    }

    private void checkAgainstFiniteDifferences(float[] ref, double lambda) {
        TrainingOptions options = TrainingOptions.defaults().withLambda(lambda).withThetaRef(ref);
        try (MlpEngine engine = new MlpEngine(spec, theta, options)) {
            float[] gradient = new float[spec.parameterCount()];
            double objective = engine.objectiveGradient(data, gradient);
            assertThat(objective).isCloseTo(objective(engine, theta, ref, lambda), within(1e-6));
            double h = 1e-2;
            for (int i = 0; i < theta.length; i += 3) {
                float[] plus = theta.clone();
                float[] minus = theta.clone();
                plus[i] += (float) h;
                minus[i] -= (float) h;
                double numeric = (objective(engine, plus, ref, lambda) - objective(engine, minus, ref, lambda))
                        / (plus[i] - minus[i]);
                assertThat(gradient[i]).as("component %d", i).isCloseTo((float) numeric, within(2e-4f));
            }
        }
    }

    private double objective(MlpEngine engine, float[] at, float[] ref, double lambda) {
        return engine.loss(at, data) + lambda * Evaluator.squaredDistance(at, ref);
    }
}
