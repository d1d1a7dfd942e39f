package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransitionDetectorTest {

    /** A staircase: three plateaus of slowly drifting norm and loss, separated by jumps, plus jitter. */
    static List<SweepPoint> staircase(long seed, double jitter) {
        Random random = new Random(seed);
        List<SweepPoint> points = new ArrayList<>();
        double[] norms = {20, 12, 6};
        double[] losses = {0.3, 0.9, 1.6};
        double[] accuracy = {0.95, 0.7, 0.4};
        for (int i = 0; i < 60; i++) {
            int phase = i < 20 ? 0 : i < 40 ? 1 : 2;
            double drift = (i % 20) * 0.01;
            double[] perClass = new double[10];
            for (int c = 0; c < 10; c++) {
                perClass[c] = c < 10 - 3 * phase ? 0.9 : 0.05;
            }
            points.add(new SweepPoint(
                    Branch.UP,
                    1,
                    i,
                    i * 1e-3,
                    losses[phase] + drift + jitter * random.nextGaussian() * 0.01,
                    0,
                    0,
                    accuracy[phase] + jitter * random.nextGaussian() * 0.03,
                    norms[phase] * (1 - drift) + jitter * random.nextGaussian() * 0.05,
                    0,
                    5,
                    1,
                    perClass,
                    StopReason.CONVERGED));
        }
        return points;
    }

    @Test
    void findsEachJumpOfAStaircaseAndNothingElse() {
        List<int[]> jumps = TransitionDetector.jumps(staircase(1, 1.0));
        assertThat(jumps).extracting(j -> j[0]).containsExactly(20, 40);
    }

    @Test
    void smoothNoisyDataHasNoJumps() {
        Random random = new Random(3);
        List<SweepPoint> smooth = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            smooth.add(new SweepPoint(
                    Branch.UP,
                    1,
                    i,
                    i * 1e-3,
                    0.3 + 0.02 * i + 0.01 * random.nextGaussian(),
                    0,
                    0,
                    0.9 - 0.01 * i,
                    20 - 0.2 * i + 0.05 * random.nextGaussian(),
                    0,
                    5,
                    1,
                    new double[10],
                    StopReason.CONVERGED));
        }
        assertThat(TransitionDetector.jumps(smooth)).isEmpty();
    }

    @Test
    void analysisReportsPhasesHeldClassesAndClassesLost() {
        SweepAnalysis analysis = SweepAnalysis.of(staircase(2, 1.0), 0.5);
        assertThat(analysis.phases()).hasSize(3);
        assertThat(analysis.phases().get(0).classesHeld()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(analysis.phases().get(2).classesHeld()).containsExactly(0, 1, 2, 3);
        assertThat(analysis.transitions())
                .extracting(Transition::classesLost)
                .containsExactly(List.of(7, 8, 9), List.of(4, 5, 6));
        assertThat(analysis.transitions().get(0).lambdaLo()).isEqualTo(19e-3);
        assertThat(analysis.transitions().get(0).lambdaHi()).isEqualTo(20e-3);
    }

    @Test
    void freshJumpIsSeenFromThePastAlone() {
        List<SweepPoint> points = staircase(4, 0.5);
        assertThat(TransitionDetector.isFreshJump(points.subList(0, 20))).isFalse();
        assertThat(TransitionDetector.isFreshJump(points.subList(0, 21))).isTrue();
    }
}
