package io.phasescope.model.io;

import java.util.List;
import java.util.Map;

/**
 * The JSON sidecar {@code model.json} beside DL4J's {@code model.zip}. Field names are the file format.
 *
 * @param format always {@value #FORMAT}
 * @param version format version, currently {@value #VERSION}
 * @param inputSize network input width
 * @param hiddenWidths hidden layer widths
 * @param activation hidden activation id
 * @param classCount output classes
 * @param initSeed initialization seed
 * @param learningRate Adam step size
 * @param beta1 Adam β1
 * @param beta2 Adam β2
 * @param epsilon Adam ε
 * @param batchSize minibatch size
 * @param maxEpochs epoch limit
 * @param patience early-stopping patience (epochs)
 * @param shuffleSeed minibatch shuffle seed
 * @param lambda L2 strength λ of {@code λ‖θ − θ_ref‖²}
 * @param weightDecay the same as framework weight decay β = 2λ (informative)
 * @param thetaRefFile {@code null} for θ_ref = 0, else the file in the folder holding θ_ref
 * @param parameterCount length of θ
 * @param dataFingerprint training-data fingerprint
 * @param dataDescription training-data description
 * @param software Phasescope version that wrote the file
 * @param files SHA-256 (lower-case hex) of each other file of the model, by name ({@code model.zip},
 *     {@code theta-ref.bin}, {@code metrics.json}); {@code null} in folders written before it was added
 */
record ModelSidecar(
        String format,
        int version,
        int inputSize,
        List<Integer> hiddenWidths,
        String activation,
        int classCount,
        long initSeed,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        int batchSize,
        int maxEpochs,
        int patience,
        long shuffleSeed,
        double lambda,
        double weightDecay,
        String thetaRefFile,
        int parameterCount,
        String dataFingerprint,
        String dataDescription,
        String software,
        Map<String, String> files) {

    static final String FORMAT = "phasescope-model";
    static final int VERSION = 1;
}
