package io.phasescope.model.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Dl4jNetworks;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves a {@link SavedModel} as a folder: {@code model.zip} (DL4J's {@code ModelSerializer}),
 * {@code model.json} (sidecar) and, when θ_ref ≠ 0, {@code theta-ref.bin} (big-endian float32).
 * Loading reproduces θ exactly.
 */
public final class ModelStore {

    public static final String NETWORK_FILE = "model.zip";
    public static final String SIDECAR_FILE = "model.json";
    public static final String THETA_REF_FILE = "theta-ref.bin";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelStore() {}

    /** Writes {@code model} into {@code folder}, creating it; each file is replaced atomically. */
    public static void save(Path folder, SavedModel model) throws IOException {
        Files.createDirectories(folder);
        NetworkSpec spec = model.spec();
        TrainingOptions o = model.options();
        MultiLayerNetwork network = Dl4jNetworks.network(spec, model.theta(), o.learningRate());
        AtomicFiles.write(folder.resolve(NETWORK_FILE), out -> ModelSerializer.writeModel(network, out, false));
        if (o.thetaRef() != null) {
            FloatFiles.write(folder.resolve(THETA_REF_FILE), o.thetaRef());
        } else {
            Files.deleteIfExists(folder.resolve(THETA_REF_FILE));
        }
        ModelSidecar sidecar = new ModelSidecar(
                ModelSidecar.FORMAT,
                ModelSidecar.VERSION,
                spec.inputSize(),
                spec.hiddenWidths(),
                spec.activation().id(),
                spec.classCount(),
                spec.initSeed(),
                o.learningRate(),
                o.beta1(),
                o.beta2(),
                o.epsilon(),
                o.batchSize(),
                o.maxEpochs(),
                o.patience(),
                o.shuffleSeed(),
                o.lambda(),
                o.weightDecay(),
                o.thetaRef() == null ? null : THETA_REF_FILE,
                spec.parameterCount(),
                model.dataFingerprint(),
                model.dataDescription(),
                Version.SOFTWARE);
        AtomicFiles.write(folder.resolve(SIDECAR_FILE), out -> JSON.writeValue(out, sidecar));
    }

    /** Reads a folder written by {@link #save}. */
    public static SavedModel load(Path folder) {
        Path sidecarFile = folder.resolve(SIDECAR_FILE);
        ModelSidecar s;
        try {
            s = JSON.readValue(sidecarFile.toFile(), ModelSidecar.class);
        } catch (IOException e) {
            throw new ModelFormatException(
                    sidecarFile + " is missing or not a Phasescope model sidecar: " + e.getMessage(), e);
        }
        if (!ModelSidecar.FORMAT.equals(s.format())) {
            throw new ModelFormatException(
                    sidecarFile + ": format is '" + s.format() + "', expected '" + ModelSidecar.FORMAT + "'");
        }
        if (s.version() > ModelSidecar.VERSION) {
            throw new ModelFormatException(sidecarFile + " has format version " + s.version()
                    + ", newer than this Phasescope reads (" + ModelSidecar.VERSION + ")");
        }
        try {
            NetworkSpec spec = new NetworkSpec(
                    s.inputSize(), s.hiddenWidths(), Activation.parse(s.activation()), s.classCount(), s.initSeed());
            float[] thetaRef = s.thetaRefFile() == null
                    ? null
                    : FloatFiles.read(folder.resolve(s.thetaRefFile()), spec.parameterCount());
            TrainingOptions options = new TrainingOptions(
                    s.learningRate(),
                    s.beta1(),
                    s.beta2(),
                    s.epsilon(),
                    s.batchSize(),
                    s.maxEpochs(),
                    s.patience(),
                    s.shuffleSeed(),
                    s.lambda(),
                    thetaRef);
            Path networkFile = folder.resolve(NETWORK_FILE);
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(networkFile.toFile(), false);
            float[] theta = Dl4jNetworks.parameters(network);
            if (theta.length != spec.parameterCount()) {
                throw new ModelFormatException(networkFile + " holds " + theta.length + " parameters, but "
                        + sidecarFile + " describes " + spec.describe() + " with " + spec.parameterCount());
            }
            return new SavedModel(spec, options, theta, s.dataFingerprint(), s.dataDescription());
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelFormatException m) {
                throw m;
            }
            throw new ModelFormatException("cannot load the model in " + folder + ": " + e.getMessage(), e);
        }
    }
}
