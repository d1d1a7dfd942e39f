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
public final class Dl4jEngine extends AdamEngine {

    private final Architecture spec;
    private final MultiLayerNetwork network;

    /** An engine for {@code spec} with θ = {@code initial} (copied), configured with {@code options}. */
    public Dl4jEngine(Architecture spec, float[] initial, TrainingOptions options) {
        super(spec.parameterCount(), spec.describe());
        Nd4jRuntime.ensureInitialized();
        this.spec = spec;
        this.network = Dl4jNetworks.network(spec, initial, options.learningRate());
        setParameters(initial);
        configure(options);
    }

    @Override
    public Architecture spec() {
        return spec;
    }

    @Override
    void parametersChanged() {
        network.setParams(state.theta.array());
    }

    @Override
    double minibatchGradient(Dataset data, int[] order, int from, int to) {
        checkBatch(order, from, to);
        return dataGradient(data.subset(data.name(), Arrays.copyOfRange(order, from, to)));
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
        state.gradient.buffer().get(0, out);
        return loss;
    }

    /** DL4J's mean loss on {@code data}; leaves the mean data gradient in {@link #gradient}. */
    private double dataGradient(Dataset data) {
        if (data.featureCount() != spec.inputSize() || data.classCount() != spec.classCount()) {
            throw new IllegalArgumentException(data + " does not fit " + spec.describe());
        }
        network.setInput(features(data));
        network.setLabels(oneHot(data));
        network.computeGradientAndScore();
        state.gradient
                .array()
                .assign(network.gradient().gradient().reshape(1, spec.parameterCount()))
                .divi(data.size());
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
}
