package io.phasescope.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DigitPixelsTest {

    @Test
    void stretchesTheImageRangeToBlackAndWhite() {
        int[] argb = DigitPixels.argb(new float[] {-0.42f, 2.8f, 1.19f, 1.19f}, 2, 1);

        assertThat(argb[0]).isEqualTo(0xFF000000);
        assertThat(argb[1]).isEqualTo(0xFFFFFFFF);
        assertThat(argb[2] & 0xFF).isBetween(126, 129);
    }

    @Test
    void repeatsEachPixelIntoABlock() {
        int[] argb = DigitPixels.argb(new float[] {0, 1, 1, 0}, 2, 3);

        assertThat(argb).hasSize(36);
        assertThat(argb[0]).isEqualTo(argb[2 * 6 + 2]).isEqualTo(0xFF000000);
        assertThat(argb[3]).isEqualTo(argb[2 * 6 + 5]).isEqualTo(0xFFFFFFFF);
        assertThat(argb[3 * 6]).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aFlatImageIsBlackAndShapesAreChecked() {
        assertThat(DigitPixels.argb(new float[] {1}, 1, 1)).containsExactly(0xFF000000);
        assertThatThrownBy(() -> DigitPixels.argb(new float[3], 2, 1)).hasMessageContaining("3 values");
    }
}
