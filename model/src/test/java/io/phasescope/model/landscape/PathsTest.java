package io.phasescope.model.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Predictions;
import io.phasescope.model.train.TrainingOptions;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathsTest {

    private final NetworkSpec spec = LandscapeFixtures.spec(Activation.SIGMOID);
    private final float[] a = LandscapeFixtures.minimum(spec, 1);
    private final float[] b = LandscapeFixtures.minimum(spec, 2);

    @Test
    void linearPathEndsReproduceTheLossesOfAAndBExactly() {
        PathProfile profile = PathEvaluator.evaluate(
                "linear",
                spec,
                t -> LinearPath.at(a, b, t),
                b,
                PathEvaluator.grid(-0.25, 1.25, 7),
                LandscapeFixtures.DATA,
                JobControl.none());
        int zero = java.util.Arrays.binarySearch(profile.t(), 0.0);
        int one = java.util.Arrays.binarySearch(profile.t(), 1.0);
        try (MlpEngine engine = new MlpEngine(spec, a, TrainingOptions.defaults())) {
            assertThat(profile.testLoss()[zero]).isEqualTo(engine.loss(a, LandscapeFixtures.DATA.test()));
            assertThat(profile.testLoss()[one]).isEqualTo(engine.loss(b, LandscapeFixtures.DATA.test()));
        }
        assertThat(profile.distanceToB()[one]).isZero();
        assertThat(profile.t()).startsWith(-0.25).endsWith(1.25);
    }

    @Test
    void bezierEndpointsStayFixedWhileTheControlPointTrains() {
        float[] c = BezierPath.fit(
                spec,
                a,
                b,
                LandscapeFixtures.DATA.train(),
                TrainingOptions.defaults().withLearningRate(0.01),
                2,
                3,
                JobControl.none());
        assertThat(BezierPath.at(a, c, b, 0)).containsExactly(a);
        assertThat(BezierPath.at(a, c, b, 1)).containsExactly(b);
        float[] midpoint = LinearPath.at(a, b, 0.5);
        assertThat(c).isNotEqualTo(midpoint);
    }

    @Test
    void weightMatchingLeavesTheFunctionUnchangedAndUndoesAPermutation() {
        ParameterLayout layout = new ParameterLayout(spec);
        Random random = new Random(5);
        int[][] perms = new int[2][];
        for (int l = 0; l < 2; l++) {
            perms[l] = shuffled(layout.fanOut(l), random);
        }
        float[] permutedA = WeightMatching.permute(layout, a, perms);
        try (MlpEngine engine = new MlpEngine(spec, a, TrainingOptions.defaults())) {
            Predictions original = predict(engine, a);
            Predictions permuted = predict(engine, permutedA);
            assertThat(permuted.predicted()).containsExactly(original.predicted());
            assertThat(permuted.meanLoss())
                    .isCloseTo(original.meanLoss(), org.assertj.core.api.Assertions.within(1e-6));

            float[] aligned = WeightMatching.align(spec, a, permutedA);
            assertThat(aligned).containsExactly(a);

            float[] alignedB = WeightMatching.align(spec, a, b);
            assertThat(predict(engine, alignedB).predicted())
                    .containsExactly(predict(engine, b).predicted());
        }
    }

    private static Predictions predict(MlpEngine engine, float[] theta) {
        engine.setParameters(theta);
        return engine.predict(LandscapeFixtures.DATA.test());
    }

    private static int[] shuffled(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
