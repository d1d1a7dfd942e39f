package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.Dl4jNetworks;
import java.util.Arrays;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Any architecture through DL4J's own {@link MultiLayerNetwork}: DL4J computes the loss and the data
 * gradient (its batch sum, divided here by the batch size), and Phasescope adds the penalty gradient
 * {@code 2λ(θ − θ_ref)} and applies the same fused Adam step as {@link MlpEngine}. Slower than
 * {@code MlpEngine}; used for the small CNN of the patterns experiment.
 */
public final class Dl4jEngine implements TrainingEngine {

    private final Architecture spec;
    private final MultiLayerNetwork network;
    private final NativeFloats theta;
    private final NativeFloats gradient;
    private final NativeFloats firstMoment;
    private final NativeFloats secondMoment;
    private NativeFloats reference;
    private TrainingOptions options;
    private int step;

    /** An engine for {@code spec} with θ = {@code initial} (copied), configured with {@code options}. */
    public Dl4jEngine(Architecture spec, float[] initial, TrainingOptions options) {
        Nd4jRuntime.ensureInitialized();
        this.spec = spec;
        this.network = Dl4jNetworks.network(spec, initial, options.learningRate());
        int n = spec.parameterCount();
        theta = new NativeFloats(1, n);
        gradient = new NativeFloats(1, n);
        firstMoment = new NativeFloats(1, n);
        secondMoment = new NativeFloats(1, n);
        setParameters(initial);
        configure(options);
    }

    @Override
    public Architecture spec() {
        return spec;
    }

    @Override
    public float[] parameters() {
        float[] copy = new float[spec.parameterCount()];
        theta.buffer().get(0, copy);
        return copy;
    }

    @Override
    public void setParameters(float[] values) {
        requireLength(values, "theta");
        theta.buffer().put(0, values);
        network.setParams(theta.array());
    }

    @Override
    public void configure(TrainingOptions newOptions) {
        if (newOptions.thetaRef() != null) {
            requireLength(newOptions.thetaRef(), "thetaRef");
        }
        if (reference != null) {
            reference.close();
        }
        reference = newOptions.thetaRef() == null ? null : NativeFloats.copyOf(newOptions.thetaRef(), 1);
        options = newOptions;
        firstMoment.array().assign(0);
        secondMoment.array().assign(0);
        step = 0;
    }

    @Override
    public double trainStep(Dataset data, int[] order, int from, int to) {
        int rows = to - from;
        if (rows < 1 || from < 0 || to > order.length) {
            throw new IllegalArgumentException("batch [" + from + ", " + to + ") outside order of length " + order.length);
        }
        double loss = dataGradient(data.subset(data.name(), Arrays.copyOfRange(order, from, to)));
        if (!Double.isFinite(loss)) {
            throw new DivergenceException("minibatch loss became " + loss + " at Adam step " + step
                    + "; lower the learning rate or λ");
        }
        step++;
        double alpha = options.learningRate() * Math.sqrt(1 - Math.pow(options.beta2(), step))
                / (1 - Math.pow(options.beta1(), step));
        float largest = VectorKernels.adam(theta.bytes(), gradient.bytes(), firstMoment.bytes(), secondMoment.bytes(),
                reference == null ? null : reference.bytes(), spec.parameterCount(), (float) alpha,
                (float) options.beta1(), (float) options.beta2(), (float) options.epsilon(),
                (float) (2 * options.lambda()));
        network.setParams(theta.array());
        if (!(largest < MlpEngine.EXPLODED)) {
            throw new DivergenceException("a parameter reached " + largest + " at Adam step " + step
                    + " (weights exploding); lower the learning rate");
        }
        return loss;
    }

    @Override
    public double batchGradient(Dataset data, int[] order, int from, int to, float[] out) {
        requireLength(out, "gradient");
        double loss = dataGradient(data.subset(data.name(), Arrays.copyOfRange(order, from, to)));
        gradient.buffer().get(0, out);
        return loss;
    }

    @Override
    public double penalty() {
        return options.lambda() == 0 ? 0 : options.lambda() * Evaluator.squaredDistance(parameters(), options.thetaRef());
    }

    @Override
    public Predictions predict(Dataset data) {
        INDArray probabilities = network.output(features(data), false);
        int n = data.size();
        int classes = data.classCount();
        float[] p = probabilities.ravel().toFloatVector();
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        double lossSum = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (p[i * classes + c] > p[i * classes + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
            confidence[i] = p[i * classes + best];
            lossSum -= Math.log(Math.max(p[i * classes + data.labels()[i]], Float.MIN_NORMAL));
        }
        return new Predictions(lossSum / n, predicted, confidence);
    }

    @Override
    public double gradient(Dataset data, float[] out) {
        requireLength(out, "gradient");
        double loss = dataGradient(data);
        gradient.buffer().get(0, out);
        return loss;
    }

    @Override
    public double objectiveGradient(Dataset data, float[] out) {
        double loss = gradient(data, out);
        float twoLambda = (float) (2 * options.lambda());
        float[] ref = options.thetaRef();
        float[] current = parameters();
        for (int i = 0; i < out.length; i++) {
            out[i] += twoLambda * (current[i] - (ref == null ? 0f : ref[i]));
        }
        return loss + penalty();
    }

    @Override
    public void close() {
        theta.close();
        gradient.close();
        firstMoment.close();
        secondMoment.close();
        if (reference != null) {
            reference.close();
        }
    }

    /** DL4J's mean loss on {@code data}; leaves the mean data gradient in {@link #gradient}. */
    private double dataGradient(Dataset data) {
        if (data.featureCount() != spec.inputSize() || data.classCount() != spec.classCount()) {
            throw new IllegalArgumentException(data + " does not fit " + spec.describe());
        }
        network.setInput(features(data));
        network.setLabels(oneHot(data));
        network.computeGradientAndScore();
        gradient.array().assign(network.gradient().gradient().reshape(1, spec.parameterCount())).divi(data.size());
        return network.score();
    }

    private static INDArray features(Dataset data) {
        return Nd4j.createFromArray(data.features()).reshape(data.size(), data.featureCount());
    }

    private static INDArray oneHot(Dataset data) {
        float[] y = new float[data.size() * data.classCount()];
        for (int i = 0; i < data.size(); i++) {
            y[i * data.classCount() + data.labels()[i]] = 1f;
        }
        return Nd4j.createFromArray(y).reshape(data.size(), data.classCount());
    }

    private void requireLength(float[] values, String what) {
        if (values == null || values.length != spec.parameterCount()) {
            throw new IllegalArgumentException(what + " must hold " + spec.parameterCount() + " values for "
                    + spec.describe() + ", held " + (values == null ? "null" : values.length));
        }
    }
}
