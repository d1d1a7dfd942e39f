package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSpreadTest {

    private static Transition at(long seed, double lambdaC, TransitionKind kind) {
        return new Transition(
                Branch.UP, seed, lambdaC, lambdaC - 1e-4, lambdaC + 1e-4, 5, 4, 0.8, 0.6, List.of(1), kind);
    }

    @Test
    void transitionsAtTheSameLambdaAreOneTransitionWhateverTheirKindOnEachSeed() {
        // the paper preset, seeds 1-3 (docs/results): the events sit at the same λ on every seed, but the one near
        // 0.0124 is partial on seed 1 and full on seeds 2 and 3, and the one near 0.0184 the other way round on seed 2
        List<SeedSpread> matched = SeedSpread.match(List.of(
                at(1, 0.01235, TransitionKind.PARTIAL),
                at(1, 0.01832, TransitionKind.FULL),
                at(1, 0.02921, TransitionKind.FULL),
                at(1, 0.03739, TransitionKind.FULL),
                at(1, 0.04231, TransitionKind.FULL),
                at(2, 0.01240, TransitionKind.FULL),
                at(2, 0.01850, TransitionKind.PARTIAL),
                at(2, 0.02939, TransitionKind.FULL),
                at(2, 0.03719, TransitionKind.FULL),
                at(2, 0.04241, TransitionKind.FULL),
                at(3, 0.01238, TransitionKind.FULL),
                at(3, 0.01841, TransitionKind.FULL),
                at(3, 0.02931, TransitionKind.FULL),
                at(3, 0.03749, TransitionKind.FULL),
                at(3, 0.04236, TransitionKind.FULL)));

        assertThat(matched).hasSize(5).allSatisfy(m -> {
            assertThat(m.members()).extracting(Transition::seed).containsExactly(1L, 2L, 3L);
            assertThat(m.spread()).isLessThan(2e-4);
        });
        assertThat(matched).extracting(SeedSpread::ordinal).containsExactly(1, 2, 3, 4, 5);
        assertThat(matched.get(0).describe("λ", 1))
                .isEqualTo("up · 1 (full in 2 seeds, partial in 1): λc = 0.01238 ± 2.5e-05 (3 seeds: 1, 2, 3)");
    }

    @Test
    void theTransitionsNearestAlongTheBranchAreOneTransition() {
        List<SeedSpread> matched = SeedSpread.match(List.of(
                at(1, 0.0183, TransitionKind.FULL),
                at(1, 0.0123, TransitionKind.PARTIAL),
                at(1, 0.0292, TransitionKind.FULL),
                at(2, 0.0291, TransitionKind.FULL),
                at(2, 0.0187, TransitionKind.FULL),
                at(3, 0.0179, TransitionKind.FULL)));

        assertThat(matched)
                .extracting(
                        SeedSpread::kind, SeedSpread::ordinal, m -> m.members().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.PARTIAL, 1, 1),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.FULL, 2, 3),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.FULL, 3, 2));
        assertThat(matched.get(1).mean()).isCloseTo(0.0183, within(1e-12));
        assertThat(matched.get(1).spread()).isCloseTo(0.0004, within(1e-12));
        assertThat(matched.get(0).spread()).isZero();
        assertThat(matched.get(1).describe("λ", 1))
                .isEqualTo("up · 2 (full): λc = 0.01830 ± 0.00040 (3 seeds: 1, 2, 3)");
        assertThat(matched.get(0).describe("λ", 1))
                .as("one seed has no spread to show")
                .isEqualTo("up · 1 (partial): λc = 0.01230 (1 seed: 1)");
    }
}
