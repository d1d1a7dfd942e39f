package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PixelNormalizationTest {

    @Test
    void mnistMapsPixelsThroughScaledStandardScore() {
        float[] out = PixelNormalization.MNIST.apply(new byte[] {0, (byte) 255, (byte) 128});

        assertThat(out[0]).isCloseTo((float) (-0.1307 / 0.3081), within(1e-6f));
        assertThat(out[1]).isCloseTo((float) ((1 - 0.1307) / 0.3081), within(1e-6f));
        assertThat(out[2]).isCloseTo((float) ((128 / 255.0 - 0.1307) / 0.3081), within(1e-6f));
    }

    @Test
    void unitScalesIntoZeroOne() {
        assertThat(PixelNormalization.UNIT.apply(new byte[] {0, (byte) 51, (byte) 255}))
                .containsExactly(0f, 0.2f, 1f);
    }

    @Test
    void rejectsInvalidParameters() {
        assertThatThrownBy(() -> new PixelNormalization(0, 0))
                .hasMessageContaining("std")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> new PixelNormalization(0, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new PixelNormalization(Double.POSITIVE_INFINITY, 1))
                .hasMessageContaining("mean");
        assertThatThrownBy(() -> PixelNormalization.UNIT.apply(256)).hasMessageContaining("256");
    }
}
