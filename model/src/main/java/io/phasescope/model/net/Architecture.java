package io.phasescope.model.net;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/**
 * A network architecture whose parameters form one flat vector θ in DL4J's layout: the dense MLPs of the
 * paper ({@link NetworkSpec}) and the small CNN of the patterns experiment ({@link PatternsCnnSpec}).
 */
public sealed interface Architecture permits NetworkSpec, PatternsCnnSpec {

    /** Features per example (pixels, flattened row-major). */
    int inputSize();

    /** Output classes. */
    int classCount();

    /** Seed of the initialization. */
    long initSeed();

    /** Length of θ. */
    int parameterCount();

    /** Compact description such as {@code "784-128-128-10 sigmoid"}. */
    String describe();

    /** The same architecture with another initialization seed. */
    Architecture withInitSeed(long seed);

    /** A fresh, deterministic θ for {@link #initSeed()}. */
    float[] initialize();

    /** The equivalent DL4J configuration (softmax cross-entropy output, no built-in regularization). */
    MultiLayerConfiguration dl4jConfiguration(double learningRate);
}
