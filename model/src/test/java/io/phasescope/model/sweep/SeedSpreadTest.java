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
    void theIthTransitionOfEachKindOnEachSeedsBranchIsOneTransition() {
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
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.FULL, 1, 3),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.FULL, 2, 2),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.PARTIAL, 1, 1));
        assertThat(matched.get(0).mean()).isCloseTo(0.0183, within(1e-12));
        assertThat(matched.get(0).spread()).isCloseTo(0.0004, within(1e-12));
        assertThat(matched.get(2).spread()).isZero();
        assertThat(matched.get(0).describe("λ", 1)).isEqualTo("up · full 1: λc = 0.01830 ± 0.00040 (3 seeds: 1, 2, 3)");
    }
}
