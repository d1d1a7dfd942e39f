package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StopReasonTest {

    private static final double LN10 = Math.log(10);

    @Test
    void earlyStoppingIsConvergedAndTheEpochLimitIsNot() {
        assertThat(StopReason.classify(true, 0.9, 0.1, 0.1, 10)).isEqualTo(StopReason.CONVERGED);
        assertThat(StopReason.classify(false, 0.9, 0.1, 0.1, 10)).isEqualTo(StopReason.EPOCH_LIMIT);
    }

    @Test
    void theTrivialPhaseIsNotDivergence() {
        assertThat(StopReason.classify(true, LN10 + 0.05, LN10 + 0.01, LN10, 10))
                .isEqualTo(StopReason.CONVERGED);
    }

    @Test
    void nonFiniteOrFarAboveLnCIsDiverged() {
        assertThat(StopReason.classify(true, 5, Double.NaN, 1, 10)).isEqualTo(StopReason.DIVERGED);
        assertThat(StopReason.classify(true, 700, 260, Double.POSITIVE_INFINITY, 10))
                .isEqualTo(StopReason.DIVERGED);
        // the run reported in the issue: early stopping after 14 epochs at a test loss of 395 nats
        assertThat(StopReason.classify(true, 668, 260, 264, 10)).isEqualTo(StopReason.DIVERGED);
        assertThat(StopReason.classify(true, 1, 1, 2 * LN10 + 0.01, 10)).isEqualTo(StopReason.DIVERGED);
    }

    @Test
    void aLossThatEndsWellAboveItsStartIsDiverged() {
        assertThat(StopReason.classify(true, 0.4, 0.9, 0.9, 10)).isEqualTo(StopReason.DIVERGED);
    }

    @Test
    void theNoiseOfATinyConvergedLossIsNotARise() {
        // 0.010 → 0.016 is +60 %, but far below 0.1 ln C
        assertThat(StopReason.classify(true, 0.010, 0.016, 0.012, 10)).isEqualTo(StopReason.CONVERGED);
    }

    @Test
    void idsRoundTripAndBadOnesAreNamed() {
        for (StopReason reason : StopReason.values()) {
            assertThat(StopReason.parse(reason.id())).isEqualTo(reason);
        }
        assertThat(StopReason.EPOCH_LIMIT.id()).isEqualTo("epoch-limit");
        assertThatThrownBy(() -> StopReason.parse("done")).hasMessageContaining("'done'");
    }
}
