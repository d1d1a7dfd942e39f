package io.phasescope.render.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkThinningTest {

    @Test
    void marksCloserThanTheSpacingAreDroppedOnALinearAxis() {
        double[] x = {0.30, 0.10, 0.101, 0.102, 0.2, 0.205};

        int[] kept = MarkThinning.spaced(x, 0, 1, false, 0.05);

        assertThat(kept).containsExactly(0, 1, 4);
    }

    @Test
    void onALogAxisTheSpacingIsInDecades() {
        // 2.0 and 2.1 are 0.02 decades apart: one mark on a 3-decade axis at 1.5 %
        double[] x = {2.0, 2.1, 20, 21, 200};

        int[] kept = MarkThinning.spaced(x, 0.1, 100, true, 0.015);

        assertThat(kept).containsExactly(0, 2, 4);
    }

    @Test
    void aBadAxisIsRefused() {
        assertThatThrownBy(() -> MarkThinning.spaced(new double[] {1}, 0, 10, true, 0.01))
                .hasMessageContaining("log axis");
    }
}
