package io.phasescope.app.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.Phase;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.render.phase.LambdaUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The words every panel uses for held classes: one rule, the point's set, the phase's set and its hopping classes. */
class PhaseFormatTest {

    private static final List<String> DIGITS =
            IntStream.range(0, 10).mapToObj(Integer::toString).toList();

    @Test
    void classSetsAreShortAndExact() {
        assertThat(PhaseFormat.classSet(List.of(0, 1, 3, 4), DIGITS)).isEqualTo("0, 1, 3, 4");
        assertThat(PhaseFormat.classSet(List.of(0, 1, 2, 3, 4, 6, 7, 9), DIGITS))
                .isEqualTo("all but 5, 8");
        assertThat(PhaseFormat.classSet(IntStream.range(0, 10).boxed().toList(), DIGITS))
                .isEqualTo("all 10");
        assertThat(PhaseFormat.classSet(List.of(), DIGITS)).isEqualTo("none");
    }

    @Test
    void aPhaseNamesWhatItHoldsAndWhichClassesHop() {
        double[] perClass = {0.9, 0.9, 0.1, 0.9, 0.58, 0.1, 0.1, 0.57, 0.1, 0.1};
        Phase phase = new Phase(
                Branch.UP, 1, 0.03, 0.035, 6, 0.45, perClass, List.of(0, 1, 3, 4, 7), List.of(4, 7), 20, 21, 1.2, "");

        assertThat(PhaseFormat.phaseHolds(phase, DIGITS)).isEqualTo("phase holds 0, 1, 3, 4, 7 (4, 7 hop)");
    }

    @Test
    void aPartialTransitionSaysSoInTheTransitionsList() {
        Transition partial = new Transition(
                Branch.UP, 1, 0.0123, 0.0121, 0.0125, 8.2, 7.7, 0.82, 0.80, List.of(5, 8), TransitionKind.PARTIAL);
        List<String> digits = IntStream.range(0, 10).mapToObj(String::valueOf).toList();

        assertThat(PhaseFormat.transition(partial, LambdaUnit.LAMBDA, digits))
                .startsWith("up · seed 1 · partial: ")
                .endsWith("lost 5, 8");
        assertThat(PhaseFormat.transition(
                        new Transition(
                                Branch.UP,
                                1,
                                0.0123,
                                0.0121,
                                0.0125,
                                8.2,
                                7.7,
                                0.82,
                                0.80,
                                List.of(5),
                                TransitionKind.FULL),
                        LambdaUnit.LAMBDA,
                        digits))
                .startsWith("up · seed 1: ");
    }
}
