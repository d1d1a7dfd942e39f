package io.phasescope.model.net;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the DL4J {@link MultiLayerNetwork} that has exactly the architecture of a {@link NetworkSpec}
 * and reads θ back from one. Used for serialization and as the reference in equivalence tests; it
 * carries no L2 of its own (Phasescope's penalty is applied by the engine).
 */
public final class Dl4jNetworks {

    private Dl4jNetworks() {}

    /** The DL4J configuration of {@code spec}, with an Adam updater of learning rate {@code learningRate}. */
    public static MultiLayerConfiguration configuration(NetworkSpec spec, double learningRate) {
        int[] sizes = spec.layerSizes();
        NeuralNetConfiguration.ListBuilder builder = new NeuralNetConfiguration.Builder()
                .seed(spec.initSeed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER)
                .list();
        for (int l = 0; l < sizes.length - 2; l++) {
            builder.layer(new DenseLayer.Builder()
                    .nIn(sizes[l])
                    .nOut(sizes[l + 1])
                    .activation(spec.activation().nd4j())
                    .build());
        }
        builder.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nIn(sizes[sizes.length - 2])
                .nOut(sizes[sizes.length - 1])
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX)
                .build());
        return builder.build();
    }

    /** A DL4J network of {@code spec} holding a copy of {@code theta}. */
    public static MultiLayerNetwork network(Architecture spec, float[] theta, double learningRate) {
        if (theta.length != spec.parameterCount()) {
            throw new IllegalArgumentException(
                    "theta has " + theta.length + " values, " + spec.describe() + " needs " + spec.parameterCount());
        }
        MultiLayerNetwork network = new MultiLayerNetwork(spec.dl4jConfiguration(learningRate));
        network.init(Nd4j.createFromArray(theta).reshape(1, theta.length), true);
        return network;
    }

    /** A copy of the network's flat parameters. */
    public static float[] parameters(MultiLayerNetwork network) {
        return network.params().castTo(DataType.FLOAT).toFloatVector();
    }
}
