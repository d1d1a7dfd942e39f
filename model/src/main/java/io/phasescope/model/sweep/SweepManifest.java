package io.phasescope.model.sweep;

import io.phasescope.model.net.Architecture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The content of {@code sweep.json}. Field names are the file format; λ values are Phasescope's L2
 * strength (weight decay β = 2λ), losses are nats. {@code architecture} is {@value #MLP} (hiddenWidths,
 * activation; the default when absent) or {@value #CNN} (channels; square inputs of inputSize pixels).
 * {@code untilTrivial} and {@code untilTrivialCap} (absent: no extension) say whether the up branch goes on past
 * the grid until the trivial phase; {@code gridExtension} (absent: 0) counts the points it added to the grid's end,
 * updated before each added point is walked, so a resumed sweep knows its grid. {@code networkFingerprint}
 * ({@link #fingerprint}) ties the network fields to the parameters written for them; absent in sweeps written
 * before it existed.
 */
record SweepManifest(
        String format,
        int version,
        String name,
        String dataset,
        int trainSize,
        int testSize,
        long dataSeed,
        String dataFolder,
        String architecture,
        int inputSize,
        List<Integer> hiddenWidths,
        String activation,
        List<Integer> channels,
        int classCount,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        int batchSize,
        int maxEpochs,
        int patience,
        String thetaRefFile,
        double gridStart,
        double gridStop,
        double gridStep,
        int gridCount,
        String mode,
        List<Long> seeds,
        int paramStride,
        String units,
        String software,
        Boolean untilTrivial,
        Double untilTrivialCap,
        Integer gridExtension,
        String networkFingerprint) {

    static final String FORMAT = "phasescope-sweep";
    static final String MLP = "mlp";
    static final String CNN = "cnn";
    static final int VERSION = 1;

    /**
     * SHA-256 (hex) of the network's description without its seed (layer sizes and activation, or the CNN's
     * layers) and its parameter count: what the kept parameters need to mean what they meant.
     */
    static String fingerprint(Architecture network) {
        String text = network.withInitSeed(0).describe() + " / " + network.parameterCount();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    static final String UNITS =
            "lambda is the L2 strength of E + lambda*|theta - theta_ref|^2; weight_decay = 2*lambda;"
                    + " losses are mean cross-entropy in nats; accuracies are fractions in [0,1]";
}
