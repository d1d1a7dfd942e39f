package io.phasescope.model.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.landscape.PathEvaluator;
import org.junit.jupiter.api.Test;

/** The estimated CPU time of a study's paths, from one timing of the network (cached, so differences are exact). */
class StudyCostEstimateTest {

    private static StudyPath bezier(int epochs) {
        return new StudyPath("curve", TinyStudy.S1, TinyStudy.S2, 0, "bezier", 5, null, epochs, StudyPath.DEFAULT_SEED);
    }

    @Test
    void aBezierPathCostsItsEpochsAsTrainingEpochsAndAnEvaluationPerPointOfT() {
        StudyCostEstimate estimate = new StudyCostEstimate(m -> {});
        StudyTask task = TinyStudy.SEEDS.tasks().get(0);
        StudyPath line =
                new StudyPath("line", TinyStudy.S1, TinyStudy.S2, 0, "linear", 9, null, StudyPath.DEFAULT_EPOCHS, 1);
        double perEvaluation = estimate.pathCpuSeconds(task, line) / PathEvaluator.grid(-0.25, 1.25, 9).length;

        double ten = estimate.pathCpuSeconds(task, bezier(10));
        double twenty = estimate.pathCpuSeconds(task, bezier(20));
        double perEpoch = (twenty - ten) / 10;

        assertThat(perEpoch).isPositive();
        assertThat(perEvaluation).isPositive();
        assertThat(ten).isCloseTo(10 * perEpoch + PathEvaluator.grid(0, 1, 5).length * perEvaluation, within(1e-9));
        assertThat(estimate.pathCpuSeconds(task, bezier(30)) - twenty).isCloseTo(twenty - ten, within(1e-9));
    }
}
