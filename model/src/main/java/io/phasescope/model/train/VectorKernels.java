package io.phasescope.model.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Elementwise kernels over native float32 blocks with the JDK Vector API (whose exp and tanh are SVML
 * intrinsics on x86): about 0.4 ns per element against about 2.3 ns for ND4J's transform op and
 * 5.5 ns for a scalar {@code Math.exp} loop. Tails shorter than a vector use the same formulas in
 * scalar form. Buffers are addressed in bytes; {@code count} is in floats.
 */
final class VectorKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final int LANES = SPECIES.length();

    private VectorKernels() {
    }

    /** {@code a = 1 / (1 + exp(−z))}. */
    static void sigmoid(ByteBuffer z, ByteBuffer a, int count) {
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        int i = 0;
        for (int bound = SPECIES.loopBound(count); i < bound; i += LANES) {
            FloatVector v = FloatVector.fromByteBuffer(SPECIES, z, i * 4, ORDER);
            one.div(v.neg().lanewise(VectorOperators.EXP).add(one)).intoByteBuffer(a, i * 4, ORDER);
        }
        for (; i < count; i++) {
            a.putFloat(i * 4, 1f / (1f + (float) Math.exp(-z.getFloat(i * 4))));
        }
    }

    /** {@code a = tanh(z)}. */
    static void tanh(ByteBuffer z, ByteBuffer a, int count) {
        int i = 0;
        for (int bound = SPECIES.loopBound(count); i < bound; i += LANES) {
            FloatVector.fromByteBuffer(SPECIES, z, i * 4, ORDER).lanewise(VectorOperators.TANH)
                    .intoByteBuffer(a, i * 4, ORDER);
        }
        for (; i < count; i++) {
            a.putFloat(i * 4, (float) Math.tanh(z.getFloat(i * 4)));
        }
    }

    /** {@code a = max(0, z)}. */
    static void relu(ByteBuffer z, ByteBuffer a, int count) {
        int i = 0;
        for (int bound = SPECIES.loopBound(count); i < bound; i += LANES) {
            FloatVector.fromByteBuffer(SPECIES, z, i * 4, ORDER).max(0f).intoByteBuffer(a, i * 4, ORDER);
        }
        for (; i < count; i++) {
            a.putFloat(i * 4, Math.max(0f, z.getFloat(i * 4)));
        }
    }

    /** {@code u *= a(1 − a)}, the sigmoid derivative given the activation a. */
    static void multiplySigmoidDerivative(ByteBuffer u, ByteBuffer a, int count) {
        int i = 0;
        for (int bound = SPECIES.loopBound(count); i < bound; i += LANES) {
            FloatVector av = FloatVector.fromByteBuffer(SPECIES, a, i * 4, ORDER);
            FloatVector uv = FloatVector.fromByteBuffer(SPECIES, u, i * 4, ORDER);
            uv.mul(av).mul(av.neg().add(1f)).intoByteBuffer(u, i * 4, ORDER);
        }
        for (; i < count; i++) {
            float av = a.getFloat(i * 4);
            u.putFloat(i * 4, u.getFloat(i * 4) * av * (1f - av));
        }
    }

    /** {@code u *= 1 − a²}, the tanh derivative given the activation a. */
    static void multiplyTanhDerivative(ByteBuffer u, ByteBuffer a, int count) {
        int i = 0;
        for (int bound = SPECIES.loopBound(count); i < bound; i += LANES) {
            FloatVector av = FloatVector.fromByteBuffer(SPECIES, a, i * 4, ORDER);
            FloatVector uv = FloatVector.fromByteBuffer(SPECIES, u, i * 4, ORDER);
            uv.mul(av.mul(av).neg().add(1f)).intoByteBuffer(u, i * 4, ORDER);
        }
        for (; i < count; i++) {
            float av = a.getFloat(i * 4);
            u.putFloat(i * 4, u.getFloat(i * 4) * (1f - av * av));
        }
    }

    /** {@code u = a > 0 ? u : 0}, the ReLU derivative given the activation a. */
    static void multiplyReluDerivative(ByteBuffer u, ByteBuffer a, int count) {
        int i = 0;
        for (int bound = SPECIES.loopBound(count); i < bound; i += LANES) {
            VectorMask<Float> inactive = FloatVector.fromByteBuffer(SPECIES, a, i * 4, ORDER)
                    .compare(VectorOperators.LE, 0f);
            FloatVector.fromByteBuffer(SPECIES, u, i * 4, ORDER).blend(0f, inactive).intoByteBuffer(u, i * 4, ORDER);
        }
        for (; i < count; i++) {
            if (a.getFloat(i * 4) <= 0f) {
                u.putFloat(i * 4, 0f);
            }
        }
    }

    /**
     * One Adam step in place (DL4J's formula: bias-corrected step size {@code alpha}, ε added to √v) on
     * the gradient {@code g + twoLambda·(θ − ref)}; {@code ref == null} means the origin.
     */
    static void adam(ByteBuffer theta, ByteBuffer g, ByteBuffer m, ByteBuffer v, ByteBuffer ref, int count,
            float alpha, float beta1, float beta2, float epsilon, float twoLambda) {
        float c1 = 1f - beta1;
        float c2 = 1f - beta2;
        int i = 0;
        for (int bound = SPECIES.loopBound(count); i < bound; i += LANES) {
            int at = i * 4;
            FloatVector t = FloatVector.fromByteBuffer(SPECIES, theta, at, ORDER);
            FloatVector offset = ref == null ? t : t.sub(FloatVector.fromByteBuffer(SPECIES, ref, at, ORDER));
            FloatVector gi = FloatVector.fromByteBuffer(SPECIES, g, at, ORDER).add(offset.mul(twoLambda));
            FloatVector mi = FloatVector.fromByteBuffer(SPECIES, m, at, ORDER).mul(beta1).add(gi.mul(c1));
            FloatVector vi = FloatVector.fromByteBuffer(SPECIES, v, at, ORDER).mul(beta2).add(gi.mul(gi).mul(c2));
            mi.intoByteBuffer(m, at, ORDER);
            vi.intoByteBuffer(v, at, ORDER);
            t.sub(mi.mul(alpha).div(vi.sqrt().add(epsilon))).intoByteBuffer(theta, at, ORDER);
        }
        for (; i < count; i++) {
            int at = i * 4;
            float t = theta.getFloat(at);
            float gi = g.getFloat(at) + twoLambda * (ref == null ? t : t - ref.getFloat(at));
            float mi = beta1 * m.getFloat(at) + c1 * gi;
            float vi = beta2 * v.getFloat(at) + c2 * (gi * gi);
            m.putFloat(at, mi);
            v.putFloat(at, vi);
            theta.putFloat(at, t - alpha * mi / ((float) Math.sqrt(vi) + epsilon));
        }
    }
}
