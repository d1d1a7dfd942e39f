package io.phasescope.model.net;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/**
 * The architecture of a multilayer perceptron: {@code inputSize → hiddenWidths… → classCount}.
 *
 * @param inputSize features per example, 1 to 100 000
 * @param hiddenWidths widths of the hidden layers, each 1 to 16 384; may be empty (softmax regression)
 * @param activation hidden nonlinearity
 * @param classCount output classes, 2 to 1 000
 * @param initSeed seed of the Xavier initialization
 */
public record NetworkSpec(
        int inputSize, List<Integer> hiddenWidths, Activation activation, int classCount, long initSeed)
        implements Architecture {

    /** Upper bound on the parameter count (about 200 MB of float32 state with Adam). */
    public static final long MAX_PARAMETERS = 16_000_000L;

    public NetworkSpec {
        if (inputSize < 1 || inputSize > 100_000) {
            throw new IllegalArgumentException("inputSize must be in [1, 100000], was " + inputSize);
        }
        if (hiddenWidths == null) {
            throw new IllegalArgumentException("hiddenWidths must not be null (use an empty list)");
        }
        hiddenWidths = List.copyOf(hiddenWidths);
        for (int w : hiddenWidths) {
            if (w < 1 || w > 16_384) {
                throw new IllegalArgumentException("each hidden width must be in [1, 16384], was " + w);
            }
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        if (classCount < 2 || classCount > 1_000) {
            throw new IllegalArgumentException("classCount must be in [2, 1000], was " + classCount);
        }
        long count = countParameters(inputSize, hiddenWidths, classCount);
        if (count > MAX_PARAMETERS) {
            throw new IllegalArgumentException("network has " + count + " parameters, more than the limit "
                    + MAX_PARAMETERS + "; use fewer or narrower hidden layers");
        }
    }

    /** The paper's network: 784-128-128-10, sigmoid hidden layers. */
    public static NetworkSpec paper(long initSeed) {
        return new NetworkSpec(784, List.of(128, 128), Activation.SIGMOID, 10, initSeed);
    }

    /** Layer sizes from input to output, for example {@code [784, 128, 128, 10]}. */
    public int[] layerSizes() {
        int[] sizes = new int[hiddenWidths.size() + 2];
        sizes[0] = inputSize;
        for (int i = 0; i < hiddenWidths.size(); i++) {
            sizes[i + 1] = hiddenWidths.get(i);
        }
        sizes[sizes.length - 1] = classCount;
        return sizes;
    }

    /** Number of dense layers (hidden layers plus the output layer). */
    public int layerCount() {
        return hiddenWidths.size() + 1;
    }

    /** Total number of weights and biases. */
    @Override
    public int parameterCount() {
        return (int) countParameters(inputSize, hiddenWidths, classCount);
    }

    /** Same architecture with another initialization seed. */
    @Override
    public NetworkSpec withInitSeed(long seed) {
        return new NetworkSpec(inputSize, hiddenWidths, activation, classCount, seed);
    }

    /** Compact description such as {@code "784-128-128-10 sigmoid"}. */
    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int size : layerSizes()) {
            parts.add(Integer.toString(size));
        }
        return String.join("-", parts) + " " + activation.id();
    }

    /** Xavier initialization, see {@link XavierInit}. */
    @Override
    public float[] initialize() {
        return XavierInit.initialize(this);
    }

    @Override
    public MultiLayerConfiguration dl4jConfiguration(double learningRate) {
        return Dl4jNetworks.configuration(this, learningRate);
    }

    /** The weights and biases of an MLP of these sizes, without building it. */
    public static long countParameters(int inputSize, List<Integer> hidden, int classCount) {
        long count = 0;
        int previous = inputSize;
        for (int w : hidden) {
            count += (long) previous * w + w;
            previous = w;
        }
        return count + (long) previous * classCount + classCount;
    }
}
