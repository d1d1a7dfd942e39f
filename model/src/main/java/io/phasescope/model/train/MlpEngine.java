package io.phasescope.model.train;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas.cblas_sgemv;
import static org.bytedeco.openblas.global.openblas.cblas_sger;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.javacpp.FloatPointer;

/**
 * The fast multilayer perceptron: forward and backward passes as direct OpenBLAS calls (gemm for the
 * layers, ger for biases, gemv for bias gradients) on preallocated native buffers, softmax
 * cross-entropy in Java over zero-copy views of the logits, hidden activations with the JDK Vector API
 * ({@link VectorKernels}), and a fused, vectorized Adam step with the penalty gradient
 * {@code 2λ(θ − θ_ref)}, all in place on native blocks. ND4J supplies the native memory; no ND4J op
 * dispatch sits on the hot path.
 *
 * <p>θ keeps DL4J's flat layout: W of layer l is column-major {@code [nIn, nOut]}, which BLAS sees as
 * a row-major {@code [nOut, nIn]} matrix Wᵀ. The engine computes exactly what DL4J's
 * {@code MultiLayerNetwork} computes (see {@code MlpEngineEquivalenceTest}).
 */
public final class MlpEngine extends AdamEngine {

    private static final int EVALUATION_CHUNK = 2048;
    private static final int RESIDENT_DATASETS = 3;

    private final NetworkSpec spec;
    private final ParameterLayout layout;
    private final HiddenActivation hidden;
    private final NativeFloats theta;
    private final NativeFloats gradient;
    private final FloatPointer[] weights;
    private final FloatPointer[] biases;
    private final FloatPointer[] weightGradients;
    private final FloatPointer[] biasGradients;
    private final Map<Integer, MlpBuffers> buffersByRows = new HashMap<>();
    private final Map<Dataset, Resident> resident = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Dataset, Resident> eldest) {
            if (size() > RESIDENT_DATASETS) {
                eldest.getValue().dense().close();
                return true;
            }
            return false;
        }
    };

    private final NativeFloats sparseBias;

    /** An engine for {@code spec} with θ = {@code theta} (copied), configured with {@code options}. */
    public MlpEngine(NetworkSpec spec, float[] theta, TrainingOptions options) {
        super(new ParameterLayout(spec).count(), spec.describe());
        Nd4jRuntime.ensureInitialized();
        this.spec = spec;
        this.layout = new ParameterLayout(spec);
        this.hidden = HiddenActivation.of(spec.activation());
        this.theta = state.theta;
        gradient = state.gradient;
        sparseBias = new NativeFloats(1, layout.fanOut(0));
        int layers = layout.layers();
        weights = new FloatPointer[layers];
        biases = new FloatPointer[layers];
        weightGradients = new FloatPointer[layers];
        biasGradients = new FloatPointer[layers];
        for (int l = 0; l < layers; l++) {
            weights[l] = this.theta.at(layout.weightOffset(l));
            biases[l] = this.theta.at(layout.biasOffset(l));
            weightGradients[l] = gradient.at(layout.weightOffset(l));
            biasGradients[l] = gradient.at(layout.biasOffset(l));
        }
        setParameters(theta);
        configure(options);
    }

    @Override
    public NetworkSpec spec() {
        return spec;
    }

    @Override
    double minibatchGradient(Dataset data, int[] order, int from, int to) {
        checkBatch(order, from, to);
        int rows = to - from;
        checkShape(data);
        MlpBuffers b = buffers(rows);
        int width = data.featureCount();
        FloatBuffer input = b.input.buffer();
        for (int k = 0; k < rows; k++) {
            int example = order[from + k];
            b.labels[k] = data.labels()[example];
            input.put(k * width, data.features(), example * width, width);
        }
        forward(b, b.inputPointer, rows);
        double loss = softmaxCrossEntropy(b, b.labels, rows, 1.0 / rows, null, null, 0) / rows;
        if (Double.isFinite(loss)) {
            backward(b, b.inputPointer, rows, 0f);
        }
        return loss;
    }

    @Override
    public Predictions predict(Dataset data) {
        Resident x = resident(data);
        int n = data.size();
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        float[] weightsByRow = x.sparse() == null ? null : prepareSparseFirstLayer(x.sparse());
        double lossSum = 0;
        for (int from = 0; from < n; from += EVALUATION_CHUNK) {
            int to = Math.min(n, from + EVALUATION_CHUNK);
            MlpBuffers b = buffers(to - from);
            if (weightsByRow == null) {
                forward(b, x.dense().at((long) from * data.featureCount()), to - from);
            } else {
                x.sparse().multiply(from, to, weightsByRow, layout.fanOut(0), b.preActivations[0].bytes());
                cblas_sger(
                        CblasRowMajor,
                        to - from,
                        layout.fanOut(0),
                        1f,
                        b.onesPointer,
                        1,
                        sparseBias.at(0),
                        1,
                        b.preActivationPointers[0],
                        layout.fanOut(0));
                forwardFrom(b, 0, to - from);
            }
            lossSum += softmaxCrossEntropy(
                    b, Arrays.copyOfRange(data.labels(), from, to), to - from, 0, predicted, confidence, from);
        }
        return new Predictions(lossSum / n, predicted, confidence);
    }

    @Override
    public double gradient(Dataset data, float[] out) {
        return fullGradient(data, out);
    }

    @Override
    public void close() {
        super.close();
        buffersByRows.values().forEach(MlpBuffers::close);
        buffersByRows.clear();
        resident.values().forEach(r -> r.dense().close());
        sparseBias.close();
        resident.clear();
    }

    /** E and ∇E over all of {@code data}: chunked passes whose gradients BLAS accumulates (β = 1). */
    private double fullGradient(Dataset data, float[] out) {
        requireLength(out, "gradient");
        NativeFloats x = resident(data).dense();
        int n = data.size();
        double lossSum = 0;
        for (int from = 0; from < n; from += EVALUATION_CHUNK) {
            int to = Math.min(n, from + EVALUATION_CHUNK);
            MlpBuffers b = buffers(to - from);
            FloatPointer rows = x.at((long) from * data.featureCount());
            forward(b, rows, to - from);
            lossSum += softmaxCrossEntropy(
                    b, Arrays.copyOfRange(data.labels(), from, to), to - from, 1.0 / n, null, null, 0);
            backward(b, rows, to - from, from == 0 ? 0f : 1f);
        }
        gradient.buffer().get(0, out);
        return lossSum / n;
    }

    private void forward(MlpBuffers b, FloatPointer input, int rows) {
        int nIn = layout.fanIn(0);
        int nOut = layout.fanOut(0);
        FloatPointer z = b.preActivationPointers[0];
        cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, rows, nOut, nIn, 1f, input, nIn, weights[0], nIn, 0f, z, nOut);
        cblas_sger(CblasRowMajor, rows, nOut, 1f, b.onesPointer, 1, biases[0], 1, z, nOut);
        forwardFrom(b, 0, rows);
    }

    /** The rest of the forward pass once layer {@code done}'s pre-activations are in place. */
    private void forwardFrom(MlpBuffers b, int done, int rows) {
        int last = layout.layers() - 1;
        for (int l = done; l <= last; l++) {
            int nIn = layout.fanIn(l);
            int nOut = layout.fanOut(l);
            FloatPointer z = b.preActivationPointers[l];
            if (l > done) {
                cblas_sgemm(
                        CblasRowMajor,
                        CblasNoTrans,
                        CblasTrans,
                        rows,
                        nOut,
                        nIn,
                        1f,
                        b.activationPointers[l - 1],
                        nIn,
                        weights[l],
                        nIn,
                        0f,
                        z,
                        nOut);
                cblas_sger(CblasRowMajor, rows, nOut, 1f, b.onesPointer, 1, biases[l], 1, z, nOut);
            }
            if (l < last) {
                hidden.apply(b.preActivations[l].bytes(), b.activations[l].bytes(), rows * nOut);
            }
        }
    }

    /**
     * For the sparse first layer: W₀ transposed to row-major {@code [nIn][nOut]} on the heap, and the
     * effective bias {@code b₀ + mode·W₀} in {@link #sparseBias}.
     */
    private float[] prepareSparseFirstLayer(SparseRows sparse) {
        int nIn = layout.fanIn(0);
        int nOut = layout.fanOut(0);
        FloatBuffer t = theta.buffer();
        float[] byRow = new float[nIn * nOut];
        float[] mode = sparse.mode();
        for (int j = 0; j < nOut; j++) {
            int column = layout.weightOffset(0) + j * nIn;
            double bias = t.get(layout.biasOffset(0) + j);
            for (int p = 0; p < nIn; p++) {
                float w = t.get(column + p);
                byRow[p * nOut + j] = w;
                bias += (double) mode[p] * w;
            }
            sparseBias.buffer().put(j, (float) bias);
        }
        return byRow;
    }

    /**
     * Softmax cross-entropy of the logits left by {@link #forward}. With {@code deltaScale ≠ 0}, replaces
     * the logits by {@code deltaScale·(softmax − onehot)}, the gradient of {@code deltaScale·Σ loss} with
     * respect to the logits. With {@code predicted}, records arg-max and confidence at {@code offset}.
     *
     * @return the summed loss of the rows, in nats
     */
    private double softmaxCrossEntropy(
            MlpBuffers b, int[] labels, int rows, double deltaScale, int[] predicted, float[] confidence, int offset) {
        int classes = spec.classCount();
        FloatBuffer logits = b.preActivations[layout.layers() - 1].buffer();
        double[] p = b.rowScratch;
        double lossSum = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            int argmax = 0;
            for (int c = 0; c < classes; c++) {
                double v = logits.get(base + c);
                if (v > max) {
                    max = v;
                    argmax = c;
                }
            }
            double total = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.exp(logits.get(base + c) - max);
                total += p[c];
            }
            lossSum += Math.log(total) - (logits.get(base + labels[r]) - max);
            if (predicted != null) {
                predicted[offset + r] = argmax;
                confidence[offset + r] = (float) (1.0 / total);
            }
            if (deltaScale != 0) {
                for (int c = 0; c < classes; c++) {
                    double target = c == labels[r] ? 1.0 : 0.0;
                    logits.put(base + c, (float) (deltaScale * (p[c] / total - target)));
                }
            }
        }
        return lossSum;
    }

    /**
     * Backpropagates the deltas left in the output pre-activations into the native gradient,
     * {@code gradient = beta·gradient + this batch's gradient}.
     */
    private void backward(MlpBuffers b, FloatPointer input, int rows, float beta) {
        int last = layout.layers() - 1;
        FloatPointer delta = b.preActivationPointers[last];
        for (int l = last; l >= 0; l--) {
            int nIn = layout.fanIn(l);
            int nOut = layout.fanOut(l);
            FloatPointer previous = l == 0 ? input : b.activationPointers[l - 1];
            cblas_sgemm(
                    CblasRowMajor,
                    CblasTrans,
                    CblasNoTrans,
                    nOut,
                    nIn,
                    rows,
                    1f,
                    delta,
                    nOut,
                    previous,
                    nIn,
                    beta,
                    weightGradients[l],
                    nIn);
            cblas_sgemv(
                    CblasRowMajor,
                    CblasTrans,
                    rows,
                    nOut,
                    1f,
                    delta,
                    nOut,
                    b.onesPointer,
                    1,
                    beta,
                    biasGradients[l],
                    1);
            if (l > 0) {
                FloatPointer upstream = b.upstreamPointers[l - 1];
                cblas_sgemm(
                        CblasRowMajor,
                        CblasNoTrans,
                        CblasNoTrans,
                        rows,
                        nIn,
                        nOut,
                        1f,
                        delta,
                        nOut,
                        weights[l],
                        nIn,
                        0f,
                        upstream,
                        nIn);
                hidden.multiplyDerivative(b.upstream[l - 1].bytes(), b.activations[l - 1].bytes(), rows * nIn);
                delta = upstream;
            }
        }
    }

    private Resident resident(Dataset data) {
        checkShape(data);
        return resident.computeIfAbsent(
                data, d -> new Resident(NativeFloats.copyOf(d.features(), d.size()), SparseRows.of(d)));
    }

    /** A dataset kept in native memory, with its sparse form when that is faster. */
    private record Resident(NativeFloats dense, SparseRows sparse) {}

    private void checkShape(Dataset data) {
        if (data.featureCount() != spec.inputSize()) {
            throw new IllegalArgumentException(data + " has " + data.featureCount() + " features, network "
                    + spec.describe() + " expects " + spec.inputSize());
        }
        if (data.classCount() != spec.classCount()) {
            throw new IllegalArgumentException(data + " has " + data.classCount() + " classes, network "
                    + spec.describe() + " expects " + spec.classCount());
        }
    }

    private MlpBuffers buffers(int rows) {
        return buffersByRows.computeIfAbsent(rows, r -> new MlpBuffers(layout, r));
    }
}
