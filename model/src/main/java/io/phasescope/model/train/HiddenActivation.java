package io.phasescope.model.train;

import io.phasescope.model.net.Activation;
import java.nio.ByteBuffer;

/**
 * A hidden nonlinearity on native blocks: the forward map, and its derivative expressed through the
 * activation a = f(z), which saves keeping z: σ' = a(1 − a), tanh' = 1 − a², relu' = [a > 0]. The scalar
 * forms are in double so that float and double Hessian-vector products share them.
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
        double value(double z) {
            return 1 / (1 + Math.exp(-z));
        }

        @Override
        double derivative(double a) {
            return a * (1 - a);
        }

        @Override
        double secondDerivative(double a) {
            return a * (1 - a) * (1 - 2 * a);
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
        double value(double z) {
            return Math.tanh(z);
        }

        @Override
        double derivative(double a) {
            return 1 - a * a;
        }

        @Override
        double secondDerivative(double a) {
            return -2 * a * (1 - a * a);
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
        double value(double z) {
            return Math.max(z, 0);
        }

        @Override
        double derivative(double a) {
            return a > 0 ? 1 : 0;
        }

        @Override
        double secondDerivative(double a) {
            return 0;
        }
    };

    /** f(z) in double, for a single value; the float blocks go through {@link #apply}. */
    abstract double value(double z);

    /** f'(z) given a = f(z). */
    abstract double derivative(double a);

    /** f''(z) given a = f(z). */
    abstract double secondDerivative(double a);

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
