package io.phasescope.model.sweep;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.Version;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A {@link SweepSpec} as JSON: the {@code sweep.json} of a sweep folder ({@link SweepManifest}), and the same text as
 * a spec file for {@code sweep --spec FILE} and {@code sweep --print-spec}. θ_ref, when the spec has one, is a
 * file of floats named relative to the JSON file's folder.
 */
public final class SweepSpecJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A spec read from JSON, with the points an until-trivial extension added to its grid (0 in a spec file). */
    public record Parsed(SweepSpec spec, int extension) {}

    private SweepSpecJson() {}

    /**
     * Reads {@code file}; a θ_ref file it names is read from {@code folder}.
     *
     * @throws SweepFormatException naming the file and the field of anything missing or invalid
     */
    public static Parsed read(Path file, Path folder) throws IOException {
        SweepManifest m;
        try {
            m = JSON.readValue(file.toFile(), SweepManifest.class);
        } catch (IOException e) {
            throw new SweepFormatException(file + " is missing or not a sweep manifest: " + e.getMessage(), e);
        }
        return parsed(m, file.toString(), folder);
    }

    /**
     * As {@link #read(Path, Path)}, for a sweep spec inside another JSON document (a study spec's {@code base});
     * {@code source} names it in messages.
     *
     * @throws SweepFormatException naming {@code source} and the field of anything missing or invalid
     */
    public static Parsed parse(JsonNode node, String source, Path folder) throws IOException {
        SweepManifest m;
        try {
            m = JSON.treeToValue(node, SweepManifest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new SweepFormatException(source + " is not a sweep spec: " + e.getMessage(), e);
        }
        return parsed(m, source, folder);
    }

    private static Parsed parsed(SweepManifest m, Object file, Path folder) throws IOException {
        if (m == null) {
            throw new SweepFormatException(file + " is empty, not a sweep spec");
        }
        if (!SweepManifest.FORMAT.equals(m.format()) || m.version() > SweepManifest.VERSION) {
            throw new SweepFormatException(file + ": format '" + m.format() + "' version " + m.version()
                    + " is not a sweep this Phasescope reads (" + SweepManifest.FORMAT + " ≤ " + SweepManifest.VERSION
                    + ")");
        }
        try {
            Architecture network = SweepManifest.CNN.equals(m.architecture())
                    ? new PatternsCnnSpec(
                            (int) Math.round(Math.sqrt(m.inputSize())),
                            m.channels(),
                            m.classCount(),
                            m.seeds().get(0))
                    : new NetworkSpec(
                            m.inputSize(),
                            m.hiddenWidths(),
                            Activation.parse(m.activation()),
                            m.classCount(),
                            m.seeds().get(0));
            if (m.networkFingerprint() != null && !m.networkFingerprint().equals(SweepManifest.fingerprint(network))) {
                throw new SweepFormatException(file + " describes " + network.describe()
                        + ", not the network its parameters belong to (the network fingerprint differs; was the file"
                        + " edited?)");
            }
            float[] thetaRef = m.thetaRefFile() == null
                    ? null
                    : FloatFiles.read(folder.resolve(m.thetaRefFile()), network.parameterCount());
            TrainingOptions options = new TrainingOptions(
                    m.learningRate(),
                    m.beta1(),
                    m.beta2(),
                    m.epsilon(),
                    m.batchSize(),
                    m.maxEpochs(),
                    m.patience(),
                    m.seeds().get(0),
                    0,
                    thetaRef);
            DataRequest data = data(m);
            SweepGrid grid = new SweepGrid(m.gridStart(), m.gridStop(), m.gridStep(), m.gridCount());
            UntilTrivial untilTrivial = Boolean.TRUE.equals(m.untilTrivial())
                    ? new UntilTrivial(true, m.untilTrivialCap() == null ? Double.NaN : m.untilTrivialCap())
                    : UntilTrivial.off();
            SweepSpec spec = new SweepSpec(
                    m.name(),
                    data,
                    network,
                    options,
                    grid,
                    SweepMode.parse(m.mode()),
                    m.seeds(),
                    m.paramStride(),
                    untilTrivial);
            int extension = m.gridExtension() == null ? 0 : m.gridExtension();
            if (extension < 0 || (extension > 0 && grid.values().length + extension > untilTrivial.maxPoints(grid))) {
                throw new IllegalArgumentException("gridExtension " + extension + " does not fit the grid and its cap");
            }
            return new Parsed(spec, extension);
        } catch (SweepFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SweepFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** {@code spec} as JSON text, as {@code sweep --print-spec} prints it (no θ_ref file, no extension). */
    public static String toJson(SweepSpec spec) throws IOException {
        return JSON.writeValueAsString(manifest(spec, 0)) + System.lineSeparator();
    }

    /** The manifest's data; a subset too large for its dataset names its field, trainSize or testSize. */
    private static DataRequest data(SweepManifest m) {
        try {
            return new DataRequest(
                    DataRequest.Kind.parse(m.dataset()),
                    m.trainSize(),
                    m.testSize(),
                    m.dataSeed(),
                    m.dataFolder() == null ? null : Path.of(m.dataFolder()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage()
                    .replaceFirst("^train subset size", "trainSize")
                    .replaceFirst("^test subset size", "testSize");
            throw new IllegalArgumentException(message, e);
        }
    }

    /** Writes {@code spec} with {@code extension} added grid points to {@code out}, as {@code sweep.json}. */
    static void write(OutputStream out, SweepSpec spec, int extension) throws IOException {
        JSON.writeValue(out, manifest(spec, extension));
    }

    private static SweepManifest manifest(SweepSpec s, int extension) {
        TrainingOptions o = s.options();
        Architecture n = s.network();
        NetworkSpec mlp = n instanceof NetworkSpec spec ? spec : null;
        PatternsCnnSpec cnn = n instanceof PatternsCnnSpec spec ? spec : null;
        DataRequest d = s.data();
        SweepGrid g = s.grid();
        return new SweepManifest(
                SweepManifest.FORMAT,
                SweepManifest.VERSION,
                s.name(),
                d.kind().id(),
                d.trainSize(),
                d.testSize(),
                d.seed(),
                d.folder() == null ? null : d.folder().toString(),
                cnn == null ? SweepManifest.MLP : SweepManifest.CNN,
                n.inputSize(),
                mlp == null ? null : mlp.hiddenWidths(),
                mlp == null ? null : mlp.activation().id(),
                cnn == null ? null : cnn.channels(),
                n.classCount(),
                o.learningRate(),
                o.beta1(),
                o.beta2(),
                o.epsilon(),
                o.batchSize(),
                o.maxEpochs(),
                o.patience(),
                o.thetaRef() == null ? null : SweepFolder.THETA_REF,
                g.start(),
                g.stop(),
                g.step(),
                g.count(),
                s.mode().name().toLowerCase(),
                s.seeds(),
                s.paramStride(),
                SweepManifest.UNITS,
                Version.SOFTWARE,
                s.untilTrivial().enabled() ? Boolean.TRUE : null,
                s.untilTrivial().enabled() ? s.untilTrivial().capLambda() : null,
                extension == 0 ? null : extension,
                SweepManifest.fingerprint(n));
    }
}
