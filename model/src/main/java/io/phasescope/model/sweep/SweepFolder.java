package io.phasescope.model.sweep;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.Version;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A sweep on disk: {@code sweep.json}, {@code points.csv}, {@code state/} (each branch's latest
 * parameters, for resumption), {@code params/} (kept parameters: every {@code paramStride}-th point and
 * both sides of each transition), {@code theta-ref.bin} (θ_ref when not 0), {@code failures.csv} and,
 * {@code confusion.csv} and {@code samples.csv} (each point's {@link PointDetails}) and,
 * once curvature is measured, {@code spectra.csv} (written by {@code io.phasescope.model.curvature.SweepSpectra}).
 * Appends are serialized, so several workers may share one folder object.
 */
public final class SweepFolder {

    public static final String MANIFEST = "sweep.json";
    public static final String POINTS = "points.csv";
    public static final String TRANSITIONS = "transitions.csv";
    public static final String FAILURES = "failures.csv";
    public static final String SPECTRA = "spectra.csv";
    public static final String THETA_REF = "theta-ref.bin";
    /** Optional start θ of every branch (a Pathfinder path starts at model A). */
    public static final String START = "start.bin";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern STATE_FILE = Pattern.compile("(up|down|cold)-s(-?\\d+)-i(\\d+)\\.bin");

    private final Path root;
    private final SweepSpec spec;
    private volatile int extension;

    private SweepFolder(Path root, SweepSpec spec, int extension) {
        this.root = root;
        this.spec = spec;
        this.extension = extension;
    }

    /**
     * Opens the sweep in {@code root}, creating it for {@code spec} if it has no {@code sweep.json}, which is
     * written last: a folder interrupted while being created is simply created again. An
     * existing sweep keeps its own spec (that is how a sweep resumes); the modes and seeds of {@code spec}
     * may extend it.
     */
    public static SweepFolder openOrCreate(Path root, SweepSpec spec) throws IOException {
        if (Files.exists(root.resolve(MANIFEST))) {
            SweepFolder existing = open(root);
            SweepSpec stored = existing.spec;
            if (!stored.network()
                            .equals(spec.network().withInitSeed(stored.network().initSeed()))
                    || !stored.grid().equals(spec.grid())) {
                throw new SweepFormatException(root.resolve(MANIFEST) + " describes another sweep ("
                        + stored.network().describe() + ", grid " + stored.grid() + "); use a new folder");
            }
            return existing;
        }
        Files.createDirectories(root.resolve("state"));
        Files.createDirectories(root.resolve("params"));
        if (spec.options().thetaRef() != null) {
            FloatFiles.write(root.resolve(THETA_REF), spec.options().thetaRef());
        }
        PointsCsv.create(root.resolve(POINTS), spec.network().classCount());
        PointDetailsCsv.create(root);
        AtomicFiles.write(root.resolve(MANIFEST), out -> JSON.writeValue(out, manifest(spec, 0)));
        return new SweepFolder(root, spec, 0);
    }

    /**
     * As {@link #openOrCreate(Path, SweepSpec)}, with every branch starting from {@code start} instead of the
     * initialization (the Pathfinder path from model A toward θ_ref = B).
     */
    public static SweepFolder openOrCreate(Path root, SweepSpec spec, float[] start) throws IOException {
        if (start.length != spec.network().parameterCount()) {
            throw new IllegalArgumentException("start θ has " + start.length + " values, "
                    + spec.network().describe() + " needs " + spec.network().parameterCount());
        }
        if (!Files.exists(root.resolve(MANIFEST))) {
            Files.createDirectories(root);
            FloatFiles.write(root.resolve(START), start);
        }
        return openOrCreate(root, spec);
    }

    /** The start θ of every branch, when the sweep has one (see {@link #openOrCreate(Path, SweepSpec, float[])}). */
    public Optional<float[]> start() throws IOException {
        Path file = root.resolve(START);
        return Files.isRegularFile(file)
                ? Optional.of(FloatFiles.read(file, spec.network().parameterCount()))
                : Optional.empty();
    }

    /** Opens an existing sweep folder. */
    public static SweepFolder open(Path root) throws IOException {
        Path file = root.resolve(MANIFEST);
        SweepManifest m;
        try {
            m = JSON.readValue(file.toFile(), SweepManifest.class);
        } catch (IOException e) {
            throw new SweepFormatException(file + " is missing or not a sweep manifest: " + e.getMessage(), e);
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
                    : FloatFiles.read(root.resolve(m.thetaRefFile()), network.parameterCount());
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
            DataRequest data = new DataRequest(
                    DataRequest.Kind.parse(m.dataset()),
                    m.trainSize(),
                    m.testSize(),
                    m.dataSeed(),
                    m.dataFolder() == null ? null : Path.of(m.dataFolder()));
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
            return new SweepFolder(root, spec, extension);
        } catch (SweepFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SweepFormatException(file + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** The sweep's recipe; its grid is the grid asked for, without the until-trivial extension. */
    public SweepSpec spec() {
        return spec;
    }

    /** The grid walked: the spec's grid with the points the until-trivial extension added at its end. */
    public SweepGrid grid() {
        return spec.grid().extended(extension);
    }

    /** How many points the until-trivial extension added to the grid's end. */
    public int extension() {
        return extension;
    }

    /**
     * Grows the grid to {@code points} points (when it has fewer), recording it in {@code sweep.json} before any of
     * the new points is walked.
     *
     * @throws IllegalArgumentException beyond the until-trivial cap
     */
    public synchronized void extendGridTo(int points) throws IOException {
        int base = spec.grid().values().length;
        if (points <= base + extension) {
            return;
        }
        if (points > spec.untilTrivial().maxPoints(spec.grid())) {
            throw new IllegalArgumentException("the grid cannot grow to " + points
                    + " points: the until-trivial cap is " + spec.untilTrivial().capLambda());
        }
        int grown = points - base;
        AtomicFiles.write(root.resolve(MANIFEST), out -> JSON.writeValue(out, manifest(spec, grown)));
        extension = grown;
    }

    /**
     * The completed points, in the order they were written, each checked against the manifest ({@link SweepRows}).
     *
     * @throws SweepFormatException naming the line and value of a malformed or impossible row
     */
    public synchronized List<SweepPoint> points() throws IOException {
        return SweepRows.check(
                root.resolve(POINTS),
                PointsCsv.read(
                        root.resolve(POINTS),
                        grid().values(),
                        spec.network().classCount(),
                        spec.options().maxEpochs()),
                spec);
    }

    /**
     * Appends a completed point: its details to {@code confusion.csv} and {@code samples.csv} first, then its row
     * to {@code points.csv}, each with one forced write, so a point in {@code points.csv} always has its details.
     */
    public synchronized void append(SweepPoint point, PointDetails details) throws IOException {
        if (!point.key().equals(details.key())) {
            throw new IllegalArgumentException("details of " + details.key() + " given for " + point.key());
        }
        PointDetailsCsv.append(root, details);
        PointsCsv.append(root.resolve(POINTS), point);
    }

    /**
     * The stored details (confusion matrix, sample predictions) of every point, by key; empty for a sweep written
     * before they were stored.
     */
    public synchronized Map<PointKey, PointDetails> details() throws IOException {
        return PointDetailsCsv.read(root, spec.network().classCount());
    }

    /**
     * Brings the folder up to date before a sweep resumes and writes to it: a {@code points.csv} of an older
     * Phasescope gets its {@code stop_reason} column, and the details of points that {@code points.csv} does not
     * hold (a crash between the two writes of {@link #append}) are dropped, to be written again.
     */
    public synchronized void repairDetails() throws IOException {
        PointsCsv.upgrade(
                root.resolve(POINTS),
                grid().values(),
                spec.network().classCount(),
                spec.options().maxEpochs());
        Set<PointKey> keys = points().stream().map(SweepPoint::key).collect(Collectors.toSet());
        PointDetailsCsv.retain(root, spec.network().classCount(), keys);
    }

    /** Saves the parameters after step {@code index} of a branch, atomically. */
    public void saveState(Branch branch, long seed, int index, float[] theta) throws IOException {
        FloatFiles.write(stateFile(branch, seed, index), theta);
    }

    /** The parameters saved after step {@code index}, from {@code state/} or {@code params/}. */
    public Optional<float[]> parameters(Branch branch, long seed, int index) throws IOException {
        for (Path file : new Path[] {stateFile(branch, seed, index), paramsFile(branch, seed, index)}) {
            if (Files.isRegularFile(file)) {
                return Optional.of(FloatFiles.read(file, spec.network().parameterCount()));
            }
        }
        return Optional.empty();
    }

    /** Whether the parameters after step {@code index} are kept, in {@code state/} or {@code params/}. */
    public boolean hasParameters(Branch branch, long seed, int index) {
        return Files.isRegularFile(stateFile(branch, seed, index))
                || Files.isRegularFile(paramsFile(branch, seed, index));
    }

    /** Copies the state of step {@code index} into {@code params/}, to be kept after the sweep. */
    public void keep(Branch branch, long seed, int index) throws IOException {
        Path state = stateFile(branch, seed, index);
        if (Files.isRegularFile(state) && !Files.exists(paramsFile(branch, seed, index))) {
            FloatFiles.write(
                    paramsFile(branch, seed, index),
                    FloatFiles.read(state, spec.network().parameterCount()));
        }
    }

    /** Deletes a branch's state files other than those of {@code keepA} and {@code keepB}. */
    public void pruneState(Branch branch, long seed, int keepA, int keepB) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("state"))) {
            for (Path file : files.toList()) {
                Matcher m = STATE_FILE.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).equals(branch.id()) && Long.parseLong(m.group(2)) == seed) {
                    int index = Integer.parseInt(m.group(3));
                    if (index != keepA && index != keepB) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** Records that a step failed (for example diverged); the sweep keeps its last good state. */
    public synchronized void recordFailure(Branch branch, long seed, double lambda, String message) throws IOException {
        Path file = root.resolve(FAILURES);
        if (!Files.exists(file)) {
            Files.writeString(file, "branch,seed,lambda,message\n", StandardCharsets.UTF_8);
        }
        String row = branch.id() + "," + seed + "," + lambda + ",\"" + message.replace("\"", "'") + "\"\n";
        Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private Path stateFile(Branch branch, long seed, int index) {
        return root.resolve("state").resolve(branch.id() + "-s" + seed + "-i" + index + ".bin");
    }

    private Path paramsFile(Branch branch, long seed, int index) {
        return root.resolve("params").resolve(branch.id() + "-s" + seed + "-i" + index + ".bin");
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
                d.kind().name().toLowerCase(),
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
                o.thetaRef() == null ? null : THETA_REF,
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
