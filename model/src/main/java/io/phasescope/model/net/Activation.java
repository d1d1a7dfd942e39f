package io.phasescope.model.net;

import java.util.Locale;

/** Hidden-layer nonlinearity. The output layer is always linear logits followed by softmax. */
public enum Activation {
    SIGMOID(org.nd4j.linalg.activations.Activation.SIGMOID),
    RELU(org.nd4j.linalg.activations.Activation.RELU),
    TANH(org.nd4j.linalg.activations.Activation.TANH);

    private final org.nd4j.linalg.activations.Activation nd4j;

    Activation(org.nd4j.linalg.activations.Activation nd4j) {
        this.nd4j = nd4j;
    }

    /** The same function in ND4J's vocabulary, as DL4J layers use it. */
    public org.nd4j.linalg.activations.Activation nd4j() {
        return nd4j;
    }

    /** Lower-case name as used in files and on the command line, for example {@code "sigmoid"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()} case-insensitively; fails with the accepted names. */
    public static Activation parse(String text) {
        for (Activation a : values()) {
            if (a.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation must be sigmoid, relu or tanh, was '" + text + "'");
    }
}
