package io.phasescope.model.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Dl4jNetworks;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves a {@link SavedModel} as a folder: {@code model.zip} (DL4J's {@code ModelSerializer}, with fixed entry
 * times so that one model always gives the same bytes), {@code model.json} (sidecar, listing the SHA-256 of the
 * other files) and, when θ_ref ≠ 0, {@code theta-ref.bin} (big-endian float32), plus extra files such as
 * {@code metrics.json}. The folder changes as a whole ({@link StagedFiles}): a save killed at any moment leaves
 * the old model or the new one loadable, never a mixture, and a folder whose files do not match its sidecar is
 * refused. Loading reproduces θ exactly.
 */
public final class ModelStore {

    public static final String NETWORK_FILE = "model.zip";
    public static final String SIDECAR_FILE = "model.json";
    public static final String THETA_REF_FILE = "theta-ref.bin";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelStore() {}

    /** Writes {@code model} into {@code folder}, creating it; the folder changes as a whole. */
    public static void save(Path folder, SavedModel model) throws IOException {
        save(folder, model, Map.of());
    }

    /**
     * As {@link #save(Path, SavedModel)}, with {@code extras} (file name → content, such as {@code metrics.json})
     * written in the same change.
     */
    public static void save(Path folder, SavedModel model, Map<String, byte[]> extras) throws IOException {
        NetworkSpec spec = model.spec();
        TrainingOptions o = model.options();
        MultiLayerNetwork network = Dl4jNetworks.network(spec, model.theta(), o.learningRate());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, zip, false);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(NETWORK_FILE, ZipTimes.fixed(zip.toByteArray()));
        if (o.thetaRef() != null) {
            files.put(THETA_REF_FILE, FloatFiles.toBytes(o.thetaRef()));
        }
        files.putAll(extras);
        StagedFiles.write(
                folder,
                files,
                SIDECAR_FILE,
                hashes -> sidecarBytes(model, hashes),
                ModelStore::hashesIn,
                Set.of(THETA_REF_FILE));
    }

    private static byte[] sidecarBytes(SavedModel model, Map<String, String> hashes) {
        NetworkSpec spec = model.spec();
        TrainingOptions o = model.options();
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
                Version.SOFTWARE,
                hashes);
        try {
            return JSON.writeValueAsBytes(sidecar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> hashesIn(byte[] sidecar) {
        try {
            return JSON.readValue(sidecar, ModelSidecar.class).files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a folder written by {@link #save}. */
    public static SavedModel load(Path folder) {
        Path sidecarFile = folder.resolve(SIDECAR_FILE);
        Path staged = StagedFiles.staged(folder, SIDECAR_FILE);
        try {
            ModelSidecar s = Files.exists(sidecarFile) || !Files.exists(staged) ? sidecar(sidecarFile) : null;
            Optional<Map<String, Path>> files = s == null ? Optional.empty() : files(folder, s);
            if (files.isEmpty() && Files.isRegularFile(staged)) {
                ModelSidecar newer = sidecar(staged);
                files = files(folder, newer);
                s = files.isPresent() ? newer : s;
            }
            if (files.isEmpty()) {
                throw new ModelFormatException(folder + ": " + mismatch(folder, s) + " does not match the SHA-256 in "
                        + SIDECAR_FILE + "; the folder mixes two models (a save was interrupted or a file was"
                        + " replaced): train it again");
            }
            return load(folder, s, files.get());
        } catch (IOException e) {
            throw new ModelFormatException("cannot load the model in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static ModelSidecar sidecar(Path file) {
        ModelSidecar s;
        try {
            s = JSON.readValue(file.toFile(), ModelSidecar.class);
        } catch (IOException e) {
            throw new ModelFormatException(
                    file + " is missing or not a Phasescope model sidecar: " + e.getMessage(), e);
        }
        if (!ModelSidecar.FORMAT.equals(s.format())) {
            throw new ModelFormatException(
                    file + ": format is '" + s.format() + "', expected '" + ModelSidecar.FORMAT + "'");
        }
        if (s.version() > ModelSidecar.VERSION) {
            throw new ModelFormatException(file + " has format version " + s.version()
                    + ", newer than this Phasescope reads (" + ModelSidecar.VERSION + ")");
        }
        return s;
    }

    /** The model's files whose hashes match {@code s}; a sidecar without hashes (an older folder) takes them as they are. */
    private static Optional<Map<String, Path>> files(Path folder, ModelSidecar s) throws IOException {
        if (s.files() == null) {
            Map<String, Path> files = new LinkedHashMap<>();
            files.put(NETWORK_FILE, folder.resolve(NETWORK_FILE));
            if (s.thetaRefFile() != null) {
                files.put(THETA_REF_FILE, folder.resolve(s.thetaRefFile()));
            }
            return Optional.of(files);
        }
        return StagedFiles.resolve(folder, s.files());
    }

    private static String mismatch(Path folder, ModelSidecar s) throws IOException {
        for (Map.Entry<String, String> file : s.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (!Files.isRegularFile(path)
                    || !StagedFiles.sha256(Files.readAllBytes(path)).equals(file.getValue())) {
                return file.getKey();
            }
        }
        return SIDECAR_FILE;
    }

    private static SavedModel load(Path folder, ModelSidecar s, Map<String, Path> files) {
        try {
            NetworkSpec spec = new NetworkSpec(
                    s.inputSize(), s.hiddenWidths(), Activation.parse(s.activation()), s.classCount(), s.initSeed());
            float[] thetaRef =
                    s.thetaRefFile() == null ? null : FloatFiles.read(files.get(THETA_REF_FILE), spec.parameterCount());
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
            Path networkFile = files.get(NETWORK_FILE);
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(networkFile.toFile(), false);
            float[] theta = Dl4jNetworks.parameters(network);
            if (theta.length != spec.parameterCount()) {
                throw new ModelFormatException(folder.resolve(NETWORK_FILE) + " holds " + theta.length
                        + " parameters, but " + folder.resolve(SIDECAR_FILE) + " describes " + spec.describe()
                        + " with " + spec.parameterCount());
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
