package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The deterministic exp, sigmoid and tanh are accurate to a few ulp, and vector lanes equal the scalar twin. */
class VectorKernelsTest {

    private static ByteBuffer floats(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder());
        for (int i = 0; i < values.length; i++) {
            buffer.putFloat(i * 4, values[i]);
        }
        return buffer;
    }

    private static float[] inputs() {
        float[] x = new float[4099];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 2049) / 64f;
        }
        x[0] = -200f;
        x[1] = 200f;
        x[2] = 1e-6f;
        x[3] = -3e-5f;
        return x;
    }

    @Test
    void expIsWithinTwoUlpOfTheExactValue() {
        for (float x : inputs()) {
            double exact = Math.exp(Math.max(Math.min(x, 88.0), -87.3365478515625));
            float ours = VectorKernels.exp(x);
            assertThat(Math.abs(ours - exact)).as("exp(%s)", x).isLessThanOrEqualTo(2 * Math.ulp((float) exact));
        }
    }

    @Test
    void sigmoidAndTanhMatchDoublePrecisionAndTheirScalarTwin() {
        float[] x = inputs();
        ByteBuffer z = floats(x);
        ByteBuffer sigmoid = floats(new float[x.length]);
        ByteBuffer tanh = floats(new float[x.length]);
        VectorKernels.sigmoid(z, sigmoid, x.length);
        VectorKernels.tanh(z, tanh, x.length);
        for (int i = 0; i < x.length; i++) {
            double s = 1 / (1 + Math.exp(-x[i]));
            double t = Math.tanh(x[i]);
            assertThat((double) sigmoid.getFloat(i * 4))
                    .as("sigmoid(%s)", x[i])
                    .isCloseTo(s, org.assertj.core.api.Assertions.within(4 * Math.ulp((float) s) + 1e-30));
            assertThat((double) tanh.getFloat(i * 4))
                    .as("tanh(%s)", x[i])
                    .isCloseTo(t, org.assertj.core.api.Assertions.within(4 * Math.ulp((float) Math.abs(t)) + 1e-30));
            assertThat(tanh.getFloat(i * 4)).isEqualTo(VectorKernels.tanh(x[i]));
            assertThat(sigmoid.getFloat(i * 4)).isEqualTo(1f / (VectorKernels.exp(-x[i]) + 1f));
        }
    }
}
