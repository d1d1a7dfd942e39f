package io.phasescope.model.train;

import io.phasescope.model.net.Activation;
import java.nio.ByteBuffer;

/**
 * A hidden nonlinearity on native blocks: the forward map, and its derivative expressed through the
 * activation a = f(z), which saves keeping z: σ' = a(1 − a), tanh' = 1 − a², relu' = [a > 0].
 */
enum HiddenActivation {
    SIGMOID {
        @Override
        void apply(ByteBuffer z, ByteBuffer a, int count) {
            VectorKernels.sigmoid(z, a, count);
        }

        @Override
        void multiplyDerivative(ByteBuffer upstream, ByteBuffer activation, int count) {
            VectorKernels.multiplySigmoidDerivative(upstream, activation, count);
        }

        @Override
        float derivative(float a) {
            return a * (1f - a);
        }

        @Override
        float secondDerivative(float a) {
            return a * (1f - a) * (1f - 2f * a);
        }
    },
    TANH {
        @Override
        void apply(ByteBuffer z, ByteBuffer a, int count) {
            VectorKernels.tanh(z, a, count);
        }

        @Override
        void multiplyDerivative(ByteBuffer upstream, ByteBuffer activation, int count) {
            VectorKernels.multiplyTanhDerivative(upstream, activation, count);
        }

        @Override
        float derivative(float a) {
            return 1f - a * a;
        }

        @Override
        float secondDerivative(float a) {
            return -2f * a * (1f - a * a);
        }
    },
    RELU {
        @Override
        void apply(ByteBuffer z, ByteBuffer a, int count) {
            VectorKernels.relu(z, a, count);
        }

        @Override
        void multiplyDerivative(ByteBuffer upstream, ByteBuffer activation, int count) {
            VectorKernels.multiplyReluDerivative(upstream, activation, count);
        }

        @Override
        float derivative(float a) {
            return a > 0f ? 1f : 0f;
        }

        @Override
        float secondDerivative(float a) {
            return 0f;
        }
    };

    /** f'(z) given a = f(z). */
    abstract float derivative(float a);

    /** f''(z) given a = f(z). */
    abstract float secondDerivative(float a);

    /** {@code a = f(z)} for the first {@code count} floats. */
    abstract void apply(ByteBuffer z, ByteBuffer a, int count);

    /** {@code upstream[i] *= f'(z_i)} for the first {@code count} floats, given {@code a = f(z)}. */
    abstract void multiplyDerivative(ByteBuffer upstream, ByteBuffer activation, int count);

    static HiddenActivation of(Activation activation) {
        return switch (activation) {
            case SIGMOID -> SIGMOID;
            case TANH -> TANH;
            case RELU -> RELU;
        };
    }
}
