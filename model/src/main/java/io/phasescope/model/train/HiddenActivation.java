package io.phasescope.model.train;

import io.phasescope.model.net.Activation;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A hidden nonlinearity on native blocks: the forward map with ND4J's vectorized transforms (or a Java
 * loop where that is cheaper), and its derivative expressed through the activation a = f(z), which
 * saves keeping z: σ' = a(1 − a), tanh' = 1 − a², relu' = [a > 0].
 */
abstract class HiddenActivation {

    /** {@code a = f(z)} elementwise over equally shaped blocks. */
    abstract void apply(NativeFloats z, NativeFloats a);

    /** {@code upstream[i] *= f'(z_i)} for the first {@code count} values, given {@code a = f(z)}. */
    abstract void multiplyDerivative(FloatBuffer upstream, FloatBuffer activation, int count);

    static HiddenActivation of(Activation activation) {
        return switch (activation) {
            case SIGMOID -> new SigmoidActivation();
            case TANH -> new TanhActivation();
            case RELU -> new ReluActivation();
        };
    }

    private static final class SigmoidActivation extends HiddenActivation {
        @Override
        void apply(NativeFloats z, NativeFloats a) {
            Nd4j.exec(new Sigmoid(z.array(), a.array()));
        }

        @Override
        void multiplyDerivative(FloatBuffer upstream, FloatBuffer activation, int count) {
            for (int i = 0; i < count; i++) {
                float a = activation.get(i);
                upstream.put(i, upstream.get(i) * a * (1f - a));
            }
        }
    }

    private static final class TanhActivation extends HiddenActivation {
        @Override
        void apply(NativeFloats z, NativeFloats a) {
            Nd4j.exec(new Tanh(z.array(), a.array()));
        }

        @Override
        void multiplyDerivative(FloatBuffer upstream, FloatBuffer activation, int count) {
            for (int i = 0; i < count; i++) {
                float a = activation.get(i);
                upstream.put(i, upstream.get(i) * (1f - a * a));
            }
        }
    }

    private static final class ReluActivation extends HiddenActivation {
        @Override
        void apply(NativeFloats z, NativeFloats a) {
            FloatBuffer in = z.buffer();
            FloatBuffer out = a.buffer();
            for (int i = 0, n = (int) z.array().length(); i < n; i++) {
                out.put(i, Math.max(0f, in.get(i)));
            }
        }

        @Override
        void multiplyDerivative(FloatBuffer upstream, FloatBuffer activation, int count) {
            for (int i = 0; i < count; i++) {
                if (activation.get(i) <= 0f) {
                    upstream.put(i, 0f);
                }
            }
        }
    }
}
