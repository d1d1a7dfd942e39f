package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTest {

    private static final double LN3 = Math.log(3);

    private static Phase phase(double accuracy, double[] perClass, List<Integer> held, double testLoss) {
        return new Phase(Branch.UP, 1, 0.4, 0.5, 6, accuracy, perClass, held, List.of(), 0.001, 0.005, testLoss, "");
    }

    @Test
    void chanceAccuracyAtLossLnCIsTrivialEvenWhenTheAnsweredClassChangedAlongThePhase() {
        assertThat(phase(1.0 / 3, new double[] {0.5, 0.5, 0}, List.of(0, 1), LN3)
                        .isTrivial())
                .isTrue();
        assertThat(phase(1.0 / 3, new double[] {1, 0, 0}, List.of(0), LN3 + 0.01)
                        .isTrivial())
                .isTrue();
    }

    @Test
    void aPhaseThatStillSeparatesClassesIsNotTrivial() {
        assertThat(phase(2.0 / 3, new double[] {1, 0.5, 0.5}, List.of(0, 1, 2), 0.85)
                        .isTrivial())
                .isFalse();
        assertThat(phase(2.0 / 3, new double[] {1, 1, 0}, List.of(0, 1), LN3 - 0.04)
                        .isTrivial())
                .as("two classes held, accuracy 2/3")
                .isFalse();
        assertThat(phase(1.0 / 3, new double[] {1, 0, 0}, List.of(0), LN3 - 0.2).isTrivial())
                .as("loss well below ln 3")
                .isFalse();
    }
}
