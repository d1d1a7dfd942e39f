package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import java.util.Arrays;
import java.util.List;

/**
 * Pearlmutter's R-operator for an MLP with softmax cross-entropy, written once for any {@link NativeArithmetic}:
 * over chunks of at most {@value #CHUNK} examples, a forward pass with its directional derivative R{·} along v,
 * then a backward pass of the gradient and of R{gradient}, accumulating {@code ∇²E(θ)·v} with E the mean over
 * the dataset. The caller fills {@link #theta()} and {@link #direction()} and reads {@link #product()}. Not
 * thread-safe.
 *
 * @param <B> the native block type of the precision
 */
final class PearlmutterPass<B> implements AutoCloseable {

    /** Examples per chunk: bounds the activation buffers to CHUNK × widest layer. */
    static final int CHUNK = 2048;

    /** Elements per tile of the elementwise steps, done in double on the Java arrays below. */
    private static final int TILE = 4096;

    private final NativeArithmetic<B> math;
    private final NetworkSpec spec;
    private final ParameterLayout layout;
    private final HiddenActivation hidden;
    private final Dataset data;
    private final int rows;
    private final B inputs;
    private final B theta;
    private final B direction;
    private final B product;
    private final B ones;
    private final B rDelta;
    private final Layer<B>[] layers;
    private final double[] activation = new double[TILE];
    private final double[] rz = new double[TILE];
    private final double[] upstream = new double[TILE];
    private final double[] rUpstream = new double[TILE];

    /** Buffers of one layer for a chunk: pre-activations z, activations a and their R{·}, and the upstream terms. */
    private record Layer<B>(B z, B rz, B a, B ra, B upstream, B rUpstream) {}

    /** A pass over all of {@code data} for networks of {@code spec}. */
    @SuppressWarnings("unchecked")
    PearlmutterPass(NativeArithmetic<B> math, NetworkSpec spec, Dataset data) {
        if (data.featureCount() != spec.inputSize() || data.classCount() != spec.classCount()) {
            throw new IllegalArgumentException(data + " does not fit " + spec.describe());
        }
        this.math = math;
        this.spec = spec;
        this.layout = new ParameterLayout(spec);
        this.hidden = HiddenActivation.of(spec.activation());
        this.data = data;
        rows = Math.min(CHUNK, data.size());
        inputs = math.copyOf(data.features(), data.size());
        int n = layout.count();
        theta = math.block(1, n);
        direction = math.block(1, n);
        product = math.block(1, n);
        ones = math.block(1, rows);
        for (int i = 0; i < rows; i++) {
            math.set(ones, i, 1);
        }
        int width = 0;
        layers = new Layer[layout.layers()];
        for (int l = 0; l < layers.length; l++) {
            int out = layout.fanOut(l);
            width = Math.max(width, out);
            boolean last = l == layers.length - 1;
            layers[l] = new Layer<>(
                    math.block(rows, out),
                    math.block(rows, out),
                    last ? null : math.block(rows, out),
                    last ? null : math.block(rows, out),
                    last ? null : math.block(rows, out),
                    last ? null : math.block(rows, out));
        }
        rDelta = math.block(rows, width);
    }

    NetworkSpec spec() {
        return spec;
    }

    int examples() {
        return data.size();
    }

    /** θ, n values: fill before {@link #run()}. */
    B theta() {
        return theta;
    }

    /** v, n values: fill before {@link #run()}. */
    B direction() {
        return direction;
    }

    /** ∇²E(θ)·v, n values, after {@link #run()}. */
    B product() {
        return product;
    }

    /** Fails unless {@code length} is the parameter count n. */
    void requireDimension(int length) {
        if (length != layout.count()) {
            throw new IllegalArgumentException(
                    "vectors must hold " + layout.count() + " values for " + spec.describe() + ", one held " + length);
        }
    }

    /**
     * Writes ∇²E(θ)·v into {@link #product()}.
     *
     * @return E(θ) in nats
     */
    double run() {
        double lossSum = 0;
        for (int from = 0; from < data.size(); from += rows) {
            lossSum += chunk(from, Math.min(rows, data.size() - from), from == 0 ? 0 : 1);
        }
        return lossSum / data.size();
    }

    private double chunk(int from, int count, double beta) {
        long x = (long) from * layout.fanIn(0);
        for (int l = 0; l < layers.length; l++) {
            forward(l, x, count);
        }
        double loss = outputDeltas(from, count);
        for (int l = layers.length - 1; l >= 0; l--) {
            backward(l, x, count, beta);
        }
        return loss;
    }

    /** z = x·Wᵀ + b and R{z} = x·Vᵀ + R{a_prev}·Wᵀ + v_b; for a hidden layer a = f(z), R{a} = f'(z)·R{z}. */
    private void forward(int l, long x, int count) {
        int nIn = layout.fanIn(l);
        int nOut = layout.fanOut(l);
        Layer<B> layer = layers[l];
        B in = l == 0 ? inputs : layers[l - 1].a();
        long inOffset = l == 0 ? x : 0;
        math.gemm(
                false,
                true,
                count,
                nOut,
                nIn,
                in,
                inOffset,
                nIn,
                theta,
                layout.weightOffset(l),
                nIn,
                0,
                layer.z(),
                0,
                nOut);
        math.ger(count, nOut, ones, theta, layout.biasOffset(l), layer.z());
        math.gemm(
                false,
                true,
                count,
                nOut,
                nIn,
                in,
                inOffset,
                nIn,
                direction,
                layout.weightOffset(l),
                nIn,
                0,
                layer.rz(),
                0,
                nOut);
        if (l > 0) {
            math.gemm(
                    false,
                    true,
                    count,
                    nOut,
                    nIn,
                    layers[l - 1].ra(),
                    0,
                    nIn,
                    theta,
                    layout.weightOffset(l),
                    nIn,
                    1,
                    layer.rz(),
                    0,
                    nOut);
        }
        math.ger(count, nOut, ones, direction, layout.biasOffset(l), layer.rz());
        if (layer.a() != null) {
            math.activate(hidden, layer.z(), layer.a(), count * nOut);
            for (int from = 0; from < count * nOut; from += TILE) {
                int size = Math.min(TILE, count * nOut - from);
                math.read(layer.a(), from, activation, size);
                math.read(layer.rz(), from, rz, size);
                for (int i = 0; i < size; i++) {
                    rz[i] *= hidden.derivative(activation[i]);
                }
                math.write(rz, layer.ra(), from, size);
            }
        }
    }

    /**
     * Backward through layer {@code l}, with δ and R{δ} of its outputs in hand: adds R{δ}ᵀ·a_prev + δᵀ·R{a_prev}
     * to the weights' product and R{δ}ᵀ·1 to the biases' (overwriting on the first chunk), then below the first
     * layer turns them into δ and R{δ} of the layer beneath.
     */
    private void backward(int l, long x, int count, double beta) {
        int nIn = layout.fanIn(l);
        int nOut = layout.fanOut(l);
        B delta = l == layers.length - 1 ? layers[l].z() : layers[l].upstream();
        B previous = l == 0 ? inputs : layers[l - 1].a();
        long previousOffset = l == 0 ? x : 0;
        int w = layout.weightOffset(l);
        math.gemm(true, false, nOut, nIn, count, rDelta, 0, nOut, previous, previousOffset, nIn, beta, product, w, nIn);
        if (l > 0) {
            math.gemm(true, false, nOut, nIn, count, delta, 0, nOut, layers[l - 1].ra(), 0, nIn, 1, product, w, nIn);
        }
        math.gemvTransposed(count, nOut, rDelta, 0, ones, beta, product, layout.biasOffset(l));
        if (l > 0) {
            Layer<B> below = layers[l - 1];
            math.gemm(false, false, count, nIn, nOut, delta, 0, nOut, theta, w, nIn, 0, below.upstream(), 0, nIn);
            math.gemm(false, false, count, nIn, nOut, rDelta, 0, nOut, theta, w, nIn, 0, below.rUpstream(), 0, nIn);
            math.gemm(false, false, count, nIn, nOut, delta, 0, nOut, direction, w, nIn, 1, below.rUpstream(), 0, nIn);
            for (int from = 0; from < count * nIn; from += TILE) {
                int size = Math.min(TILE, count * nIn - from);
                math.read(below.a(), from, activation, size);
                math.read(below.rz(), from, rz, size);
                math.read(below.upstream(), from, upstream, size);
                math.read(below.rUpstream(), from, rUpstream, size);
                for (int i = 0; i < size; i++) {
                    double fp = hidden.derivative(activation[i]);
                    rUpstream[i] = rUpstream[i] * fp + upstream[i] * hidden.secondDerivative(activation[i]) * rz[i];
                    upstream[i] *= fp;
                }
                math.write(rUpstream, rDelta, from, size);
                math.write(upstream, below.upstream(), from, size);
            }
        }
    }

    /**
     * Softmax cross-entropy of the chunk: leaves δ = (p − y)/N in the output pre-activations and
     * R{δ} = p ⊙ (R{z} − p·R{z})/N in {@link #rDelta}; returns the chunk's summed loss.
     */
    private double outputDeltas(int from, int count) {
        int classes = spec.classCount();
        B logits = layers[layers.length - 1].z();
        B rLogits = layers[layers.length - 1].rz();
        double scale = 1.0 / data.size();
        double[] p = new double[classes];
        double lossSum = 0;
        for (int r = 0; r < count; r++) {
            int base = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, math.get(logits, base + c));
            }
            double total = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.exp(math.get(logits, base + c) - max);
                total += p[c];
            }
            int label = data.labels()[from + r];
            lossSum += Math.log(total) - (math.get(logits, base + label) - max);
            double mean = 0;
            for (int c = 0; c < classes; c++) {
                p[c] /= total;
                mean += p[c] * math.get(rLogits, base + c);
            }
            for (int c = 0; c < classes; c++) {
                math.set(rDelta, base + c, scale * p[c] * (math.get(rLogits, base + c) - mean));
                math.set(logits, base + c, scale * (p[c] - (c == label ? 1 : 0)));
            }
        }
        return lossSum;
    }

    @Override
    public void close() {
        for (B block : List.of(inputs, theta, direction, product, ones, rDelta)) {
            math.free(block);
        }
        for (Layer<B> layer : layers) {
            for (B block :
                    Arrays.asList(layer.z(), layer.rz(), layer.a(), layer.ra(), layer.upstream(), layer.rUpstream())) {
                if (block != null) {
                    math.free(block);
                }
            }
        }
    }
}
