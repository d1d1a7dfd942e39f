package io.phasescope.model.sweep;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.sweep.SweepMode.Branch;
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
     * may extend it. Reopening deletes the temporary files a writer killed mid-write left ({@link
     * AtomicFiles#removeLeftovers}); the caller holds the folder's lock.
     */
    public static SweepFolder openOrCreate(Path root, SweepSpec spec) throws IOException {
        if (Files.exists(root.resolve(MANIFEST))) {
            for (Path folder : List.of(root, root.resolve("params"), root.resolve("state"))) {
                AtomicFiles.removeLeftovers(folder); // a writer killed mid-write left them
            }
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
        AtomicFiles.write(root.resolve(MANIFEST), out -> SweepSpecJson.write(out, spec, 0));
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
        SweepSpecJson.Parsed parsed = SweepSpecJson.read(root.resolve(MANIFEST), root);
        return new SweepFolder(root, parsed.spec(), parsed.extension());
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
        AtomicFiles.write(root.resolve(MANIFEST), out -> SweepSpecJson.write(out, spec, grown));
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
}
