package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.StopReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One definition of "holds a class": at a point, over a phase, and the classes that hop inside it. */
class HeldClassesTest {

    /** A plateau where classes 4 and 7 take turns, as in the Classroom sweep. */
    private static List<SweepPoint> plateauWithSwappingClasses() {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double[] acc = {0.95, 0.97, 0.1, 0.9, 0.2, 0.05, 0.1, 0.2, 0.1, 0.05};
            acc[4] = i % 2 == 0 ? 0.87 : 0.3;
            acc[7] = i % 2 == 0 ? 0.35 : 0.8;
            points.add(new SweepPoint(
                    Branch.UP, 1, i, 0.03 + i * 1e-3, 1.2, 1.5, 1.2, 0.45, 20, 20, 10, 1, acc, StopReason.CONVERGED));
        }
        return points;
    }

    @Test
    void aPointHoldsTheClassesAtOrAboveTheThreshold() {
        double[] acc = plateauWithSwappingClasses().get(0).perClassAccuracy();
        assertThat(HeldClasses.atPoint(acc, 0.5)).containsExactly(0, 1, 3, 4);
    }

    @Test
    void aPhaseHoldsByMeanAccuracyAndMarksTheClassesThatHop() {
        SweepAnalysis analysis = SweepAnalysis.of(plateauWithSwappingClasses(), 0.5);

        assertThat(analysis.phases()).hasSize(1);
        Phase phase = analysis.phases().get(0);
        // 4: mean (0.87 + 0.3) / 2 = 0.585 ≥ 0.5; 7: mean (0.35 + 0.8) / 2 = 0.575 ≥ 0.5
        assertThat(phase.classesHeld()).containsExactly(0, 1, 3, 4, 7);
        assertThat(phase.classesHopping()).containsExactly(4, 7);
    }

    @Test
    void theTrivialNetworksOneClassDoesNotHop() {
        List<SweepPoint> trivial = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[] acc = new double[10];
            acc[i] = 1; // the constant answer changes class from one λ to the next
            trivial.add(new SweepPoint(
                    Branch.UP,
                    1,
                    i,
                    0.05 + i * 1e-3,
                    2.30,
                    2.31,
                    2.3026,
                    0.1,
                    0.1,
                    0.1,
                    5,
                    1,
                    acc,
                    StopReason.CONVERGED));
        }
        assertThat(HeldClasses.hopping(trivial, 0.5)).isEmpty();
    }

    @Test
    void theRuleNamesTheThresholdAndBadThresholdsAreRefused() {
        assertThat(HeldClasses.rule(0.5)).contains("≥ 50 %").contains("hops");
        assertThatThrownBy(() -> HeldClasses.atPoint(new double[] {1}, 1.5)).hasMessageContaining("1.5");
    }
}
