package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A multilayer perceptron driven directly on ND4J: forward and backward passes with BLAS gemm into
 * preallocated buffers, softmax cross-entropy computed on the Java side over a zero-copy view of the
 * logits, and DL4J's own Adam updater over the flat gradient. θ keeps DL4J's flat layout, so
 * parameters move freely between this engine and a {@code MultiLayerNetwork}.
 */
public final class Nd4jMlpEngine implements TrainingEngine {

    private static final int EVALUATION_CHUNK = 1024;
    private static final int RESIDENT_DATASETS = 3;

    private final NetworkSpec spec;
    private final ParameterLayout layout;
    private final IActivation hidden;
    private final INDArray params;
    private final INDArray grad;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final INDArray[] weightGrads;
    private final INDArray[] biasGrads;
    private final Map<Integer, Buffers> buffersByRows = new HashMap<>();
    private final Map<Dataset, INDArray> resident = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Dataset, INDArray> eldest) {
            if (size() > RESIDENT_DATASETS) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    private AdamUpdater adam;
    private INDArray adamState;
    private int iteration;
    private double lambda;
    private INDArray thetaRef;

    /** An engine for {@code spec} with θ = {@code theta} (copied) and the given options. */
    public Nd4jMlpEngine(NetworkSpec spec, float[] theta, TrainingOptions options) {
        Nd4jRuntime.ensureInitialized();
        this.spec = spec;
        this.layout = new ParameterLayout(spec);
        this.hidden = spec.activation().nd4j().getActivationFunction();
        int n = layout.count();
        params = Nd4j.create(DataType.FLOAT, 1, n);
        grad = Nd4j.create(DataType.FLOAT, 1, n);
        int layers = layout.layers();
        weights = new INDArray[layers];
        biases = new INDArray[layers];
        weightGrads = new INDArray[layers];
        biasGrads = new INDArray[layers];
        for (int l = 0; l < layers; l++) {
            weights[l] = weightView(params, l);
            biases[l] = biasView(params, l);
            weightGrads[l] = weightView(grad, l);
            biasGrads[l] = biasView(grad, l);
        }
        setParameters(theta);
        configure(options);
    }

    @Override
    public NetworkSpec spec() {
        return spec;
    }

    @Override
    public float[] parameters() {
        return params.toFloatVector();
    }

    @Override
    public void setParameters(float[] theta) {
        requireLength(theta, "theta");
        params.data().asNioFloat().put(theta, 0, theta.length);
    }

    @Override
    public void configure(TrainingOptions options) {
        int n = layout.count();
        lambda = options.lambda();
        if (thetaRef != null) {
            thetaRef.close();
            thetaRef = null;
        }
        if (options.thetaRef() != null) {
            requireLength(options.thetaRef(), "thetaRef");
            thetaRef = Nd4j.createFromArray(options.thetaRef()).reshape(1, n);
        }
        if (adamState == null) {
            adamState = Nd4j.create(DataType.FLOAT, 1, 2L * n);
        } else {
            adamState.assign(0);
        }
        adam = new AdamUpdater(new Adam(options.learningRate(), options.beta1(), options.beta2(), options.epsilon()));
        adam.setStateViewArray(adamState, new long[] {1, n}, 'c', true);
        iteration = 0;
    }

    @Override
    public double trainStep(Dataset data, int[] order, int from, int to) {
        int rows = to - from;
        if (rows < 1 || from < 0 || to > order.length) {
            throw new IllegalArgumentException("batch [" + from + ", " + to + ") outside order of length " + order.length);
        }
        Buffers b = buffers(rows);
        int[] batchLabels = b.labels;
        for (int k = 0; k < rows; k++) {
            b.indices[k] = order[from + k];
            batchLabels[k] = data.labels()[order[from + k]];
        }
        Nd4j.pullRows(resident(data), b.input, 1, b.indices);
        forward(b, b.input);
        double loss = softmaxCrossEntropy(b, batchLabels, 1.0 / rows, true, null, null, 0) / rows;
        if (!Double.isFinite(loss)) {
            throw new DivergenceException("minibatch loss became " + loss + " at Adam step " + iteration
                    + "; lower the learning rate or λ");
        }
        backward(b, b.input);
        addPenaltyGradient(grad);
        adam.applyUpdater(grad, iteration, 0);
        params.subi(grad);
        iteration++;
        return loss;
    }

    @Override
    public double penalty() {
        if (lambda == 0) {
            return 0;
        }
        double distance = thetaRef == null ? params.norm2Number().doubleValue()
                : params.distance2(thetaRef);
        return lambda * distance * distance;
    }

    @Override
    public Predictions predict(Dataset data) {
        INDArray x = resident(data);
        int n = data.size();
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        double lossSum = 0;
        for (int from = 0; from < n; from += EVALUATION_CHUNK) {
            int to = Math.min(n, from + EVALUATION_CHUNK);
            Buffers b = buffers(to - from);
            INDArray chunk = rowsView(x, from, to);
            forward(b, chunk);
            int[] labels = Arrays.copyOfRange(data.labels(), from, to);
            lossSum += softmaxCrossEntropy(b, labels, 1.0, false, predicted, confidence, from);
        }
        return new Predictions(lossSum / n, predicted, confidence);
    }

    @Override
    public double gradient(Dataset data, float[] gradient) {
        return fullGradient(data, gradient, false);
    }

    @Override
    public double objectiveGradient(Dataset data, float[] gradient) {
        return fullGradient(data, gradient, true) + penalty();
    }

    private double fullGradient(Dataset data, float[] gradient, boolean withPenalty) {
        requireLength(gradient, "gradient");
        INDArray x = resident(data);
        int n = data.size();
        try (INDArray sum = Nd4j.create(DataType.FLOAT, 1, layout.count())) {
            double lossSum = 0;
            for (int from = 0; from < n; from += EVALUATION_CHUNK) {
                int to = Math.min(n, from + EVALUATION_CHUNK);
                Buffers b = buffers(to - from);
                INDArray chunk = rowsView(x, from, to);
                forward(b, chunk);
                int[] labels = Arrays.copyOfRange(data.labels(), from, to);
                lossSum += softmaxCrossEntropy(b, labels, 1.0 / n, true, null, null, 0);
                backward(b, chunk);
                sum.addi(grad);
            }
            if (withPenalty) {
                addPenaltyGradient(sum);
            }
            sum.data().asNioFloat().get(gradient, 0, gradient.length);
            return lossSum / n;
        }
    }

    @Override
    public void close() {
        params.close();
        grad.close();
        if (adamState != null) {
            adamState.close();
        }
        if (thetaRef != null) {
            thetaRef.close();
        }
        buffersByRows.values().forEach(Buffers::close);
        buffersByRows.clear();
        resident.values().forEach(INDArray::close);
        resident.clear();
    }

    private void forward(Buffers b, INDArray input) {
        INDArray in = input;
        int last = layout.layers() - 1;
        for (int l = 0; l <= last; l++) {
            INDArray z = b.preActivations[l];
            Nd4j.gemm(in, weights[l], z, false, false, 1.0, 0.0);
            z.addiRowVector(biases[l]);
            if (l < last) {
                INDArray a = b.activations[l];
                a.assign(z);
                INDArray out = hidden.getActivation(a, true);
                if (out != a) {
                    a.assign(out);
                }
                in = a;
            }
        }
    }

    /**
     * Softmax cross-entropy of the logits left in {@code b} by {@link #forward}. With {@code writeDelta},
     * replaces the logits by {@code deltaScale·(softmax − onehot)}, the gradient of {@code deltaScale·Σ loss}
     * with respect to the logits. With {@code predicted}, records arg-max and confidence at {@code offset}.
     *
     * @return the summed loss of the rows, in nats
     */
    private double softmaxCrossEntropy(Buffers b, int[] labels, double deltaScale, boolean writeDelta,
            int[] predicted, float[] confidence, int offset) {
        int classes = spec.classCount();
        int rows = labels.length;
        FloatBuffer logits = b.preActivations[layout.layers() - 1].data().asNioFloat();
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
            double logTotal = Math.log(total);
            lossSum += logTotal - (logits.get(base + labels[r]) - max);
            if (predicted != null) {
                predicted[offset + r] = argmax;
                confidence[offset + r] = (float) (1.0 / total);
            }
            if (writeDelta) {
                for (int c = 0; c < classes; c++) {
                    double target = c == labels[r] ? 1.0 : 0.0;
                    logits.put(base + c, (float) (deltaScale * (p[c] / total - target)));
                }
            }
        }
        return lossSum;
    }

    /** Backpropagates the deltas left in the output pre-activations into {@link #grad}. */
    private void backward(Buffers b, INDArray input) {
        INDArray delta = b.preActivations[layout.layers() - 1];
        for (int l = layout.layers() - 1; l >= 0; l--) {
            INDArray previous = l == 0 ? input : b.activations[l - 1];
            Nd4j.gemm(previous, delta, weightGrads[l], true, false, 1.0, 0.0);
            delta.sum(biasGrads[l], 0);
            if (l > 0) {
                INDArray upstream = b.upstream[l - 1];
                Nd4j.gemm(delta, weights[l], upstream, false, true, 1.0, 0.0);
                delta = hidden.backprop(b.preActivations[l - 1], upstream).getFirst();
            }
        }
    }

    /** {@code target += 2λ(θ − θ_ref)}. */
    private void addPenaltyGradient(INDArray target) {
        if (lambda == 0) {
            return;
        }
        Nd4j.getBlasWrapper().level1().axpy(params.length(), 2 * lambda, params, target);
        if (thetaRef != null) {
            Nd4j.getBlasWrapper().level1().axpy(params.length(), -2 * lambda, thetaRef, target);
        }
    }

    private INDArray resident(Dataset data) {
        if (data.featureCount() != spec.inputSize()) {
            throw new IllegalArgumentException(data + " has " + data.featureCount() + " features, network "
                    + spec.describe() + " expects " + spec.inputSize());
        }
        if (data.classCount() != spec.classCount()) {
            throw new IllegalArgumentException(data + " has " + data.classCount() + " classes, network "
                    + spec.describe() + " expects " + spec.classCount());
        }
        return resident.computeIfAbsent(data,
                d -> Nd4j.createFromArray(d.features()).reshape('c', d.size(), d.featureCount()));
    }

    private Buffers buffers(int rows) {
        return buffersByRows.computeIfAbsent(rows, r -> new Buffers(layout, r));
    }

    private static INDArray rowsView(INDArray x, int from, int to) {
        return x.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }

    private INDArray weightView(INDArray flat, int l) {
        int offset = layout.weightOffset(l);
        int count = layout.fanIn(l) * layout.fanOut(l);
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + count))
                .reshape('f', layout.fanIn(l), layout.fanOut(l));
    }

    private INDArray biasView(INDArray flat, int l) {
        int offset = layout.biasOffset(l);
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + layout.fanOut(l)));
    }

    private void requireLength(float[] values, String what) {
        if (values == null || values.length != layout.count()) {
            throw new IllegalArgumentException(what + " must hold " + layout.count() + " values for "
                    + spec.describe() + ", held " + (values == null ? "null" : values.length));
        }
    }

    /** Per-row-count work arrays: inputs, pre-activations, activations and upstream gradients. */
    private static final class Buffers implements AutoCloseable {
        final INDArray input;
        final INDArray[] preActivations;
        final INDArray[] activations;
        final INDArray[] upstream;
        final int[] indices;
        final int[] labels;
        final double[] rowScratch;

        Buffers(ParameterLayout layout, int rows) {
            int layers = layout.layers();
            input = Nd4j.create(DataType.FLOAT, rows, layout.fanIn(0));
            preActivations = new INDArray[layers];
            activations = new INDArray[layers - 1];
            upstream = new INDArray[layers - 1];
            for (int l = 0; l < layers; l++) {
                preActivations[l] = Nd4j.create(DataType.FLOAT, rows, layout.fanOut(l));
                if (l < layers - 1) {
                    activations[l] = Nd4j.create(DataType.FLOAT, rows, layout.fanOut(l));
                    upstream[l] = Nd4j.create(DataType.FLOAT, rows, layout.fanOut(l));
                }
            }
            indices = new int[rows];
            labels = new int[rows];
            rowScratch = new double[layout.fanOut(layers - 1)];
        }

        @Override
        public void close() {
            input.close();
            for (INDArray a : preActivations) {
                a.close();
            }
            for (INDArray a : activations) {
                a.close();
            }
            for (INDArray a : upstream) {
                a.close();
            }
        }
    }
}
