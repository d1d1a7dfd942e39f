package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SweepGridTest {

    @Test
    void paperGridHas451PointsComputedWithoutDrift() {
        double[] values = SweepGrid.linear(0, 0.045, 1e-4).values();
        assertThat(values).hasSize(451);
        assertThat(values[0]).isZero();
        assertThat(values[450]).isCloseTo(0.045, within(1e-15));
        assertThat(values[123]).isEqualTo(123 * 1e-4);
    }

    @Test
    void logGridEndsExactlyAtStop() {
        double[] values = SweepGrid.log(1e-5, 1e-1, 5).values();
        assertThat(values).hasSize(5);
        assertThat(values[0]).isEqualTo(1e-5);
        assertThat(values[2]).isCloseTo(1e-3, within(1e-15));
        assertThat(values[4]).isEqualTo(1e-1);
    }

    @Test
    void invalidGridsNameTheProblem() {
        assertThatThrownBy(() -> SweepGrid.linear(-1, 1, 0.1))
                .hasMessageContaining("start λ must be finite and >= 0, was -1");
        assertThatThrownBy(() -> SweepGrid.linear(1, 0.5, 0.1)).hasMessageContaining("stop λ");
        assertThatThrownBy(() -> SweepGrid.linear(0, 1, 0)).hasMessageContaining("linear grid (step > 0)");
        assertThatThrownBy(() -> SweepGrid.log(0, 1, 5)).hasMessageContaining("log grid needs start λ > 0");
        assertThatThrownBy(() -> SweepGrid.linear(0, 1, 1e-9)).hasMessageContaining("more than 100000");
    }
}
