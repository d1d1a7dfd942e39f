package io.phasescope.model.net;

import java.util.List;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The small CNN of the patterns experiment: for each entry of {@code channels}, a 3×3 convolution
 * ("same" padding) with ReLU and a 2×2 max-pool; then a dense softmax layer. On 4×4 inputs with
 * channels [8, 16]: conv 1→8, pool to 2×2, conv 8→16, pool to 1×1, dense 16→classes.
 *
 * @param side input images are side × side, 1 channel; side must be divisible by 2^channels.size()
 * @param channels output channels of each convolution, 1 to 4 entries of 1 to 256
 * @param classCount output classes, 2 to 1000
 * @param initSeed seed of DL4J's Xavier initialization
 */
public record PatternsCnnSpec(int side, List<Integer> channels, int classCount, long initSeed) implements Architecture {

    public PatternsCnnSpec {
        channels = List.copyOf(channels);
        if (channels.isEmpty() || channels.size() > 4) {
            throw new IllegalArgumentException("channels must list 1 to 4 convolutions, was " + channels);
        }
        for (int c : channels) {
            if (c < 1 || c > 256) {
                throw new IllegalArgumentException("each channel count must be in [1, 256], was " + c);
            }
        }
        if (side < 1 || side % (1 << channels.size()) != 0) {
            throw new IllegalArgumentException("side must be a positive multiple of " + (1 << channels.size())
                    + " (one 2×2 pool per convolution), was " + side);
        }
        if (classCount < 2 || classCount > 1000) {
            throw new IllegalArgumentException("classCount must be in [2, 1000], was " + classCount);
        }
    }

    /** The CNN for the 4×4 patterns: conv 1→8, pool, conv 8→16, pool, dense → 3. */
    public static PatternsCnnSpec patterns(long initSeed) {
        return new PatternsCnnSpec(4, List.of(8, 16), 3, initSeed);
    }

    @Override
    public int inputSize() {
        return side * side;
    }

    @Override
    public int parameterCount() {
        int count = 0;
        int in = 1;
        for (int c : channels) {
            count += 9 * in * c + c;
            in = c;
        }
        int pooled = side >> channels.size();
        return count + pooled * pooled * in * classCount + classCount;
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("cnn " + side + "x" + side);
        int in = 1;
        for (int c : channels) {
            text.append(" conv3x3 ").append(in).append("->").append(c).append(" relu maxpool");
            in = c;
        }
        return text.append(" dense->").append(classCount).toString();
    }

    @Override
    public PatternsCnnSpec withInitSeed(long seed) {
        return new PatternsCnnSpec(side, channels, classCount, seed);
    }

    @Override
    public float[] initialize() {
        MultiLayerNetwork network = new MultiLayerNetwork(dl4jConfiguration(1e-3));
        network.init();
        return Dl4jNetworks.parameters(network);
    }

    @Override
    public MultiLayerConfiguration dl4jConfiguration(double learningRate) {
        NeuralNetConfiguration.ListBuilder builder = new NeuralNetConfiguration.Builder()
                .seed(initSeed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Same)
                .list();
        int in = 1;
        for (int c : channels) {
            builder.layer(new ConvolutionLayer.Builder(3, 3)
                    .nIn(in)
                    .nOut(c)
                    .activation(org.nd4j.linalg.activations.Activation.RELU)
                    .build());
            builder.layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                    .kernelSize(2, 2)
                    .stride(2, 2)
                    .build());
            in = c;
        }
        builder.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nOut(classCount)
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX)
                .build());
        return builder.setInputType(InputType.convolutionalFlat(side, side, 1)).build();
    }
}
