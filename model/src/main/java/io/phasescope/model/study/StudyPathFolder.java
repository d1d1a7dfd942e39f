package io.phasescope.model.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A study path's folder, {@code paths/<name>/}: the path between the kept models of two finished sweeps at one λ,
 * computed as {@code phasescope path} computes it between two model folders — linear ({@link PathEvaluator}), a
 * trained Bézier curve ({@link BezierPath}, its control point in control.bin) or the Pathfinder walk ({@link
 * PathfinderPath}, which resumes its sweep/) — and written under the folder's lock: path.csv, then path.json, whose
 * presence marks the path done. path.json names the two sweep folders relative to the path folder and the λ ({@link
 * PathFiles}), so {@code spectrum --path} rebuilds θ(t) ({@link #ends}) wherever the study folder is moved.
 */
public final class StudyPathFolder {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A study path's ends, rebuilt from its sweep folders.
     *
     * @param network the architecture of A and B
     * @param a θ_A
     * @param b θ_B
     */
    public record Ends(Architecture network, float[] a, float[] b) {}

    private StudyPathFolder() {}

    /** Whether the path in {@code folder} is done (its path.json is written). */
    public static boolean done(Path folder) {
        return Files.exists(folder.resolve(PathFiles.SUMMARY));
    }

    /** The folders of the finished paths of the study in {@code root} ({@code paths/<name>/}), by name. */
    public static List<Path> finished(Path root) throws IOException {
        Path paths = root.resolve(StudyFolder.PATHS);
        if (!Files.isDirectory(paths)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(paths)) {
            return folders.filter(StudyPathFolder::done).sorted().toList();
        }
    }

    /**
     * Computes {@code path} into {@code out} (created when missing) under its lock.
     *
     * @param sweep task A's sweep spec: its network (and initialization seed), and the data request a Pathfinder walk
     *     records
     * @param folderA task A's sweep folder
     * @param folderB task B's sweep folder
     * @param data the data of {@code sweep}
     * @return the path's profile
     */
    public static PathProfile compute(
            StudyPath path,
            SweepSpec sweep,
            Path folderA,
            Path folderB,
            Path out,
            DatasetSplit data,
            JobControl control)
            throws IOException {
        float[] a = minimum(SweepFolder.open(folderA), path.lambda());
        float[] b = minimum(SweepFolder.open(folderB), path.lambda());
        Files.createDirectories(out);
        try (FolderLock lock = FolderLock.acquire(out)) {
            Architecture network = sweep.network();
            PathProfile profile = switch (path.kind()) {
                case "linear" ->
                    PathEvaluator.evaluate(
                            "linear",
                            network,
                            t -> LinearPath.at(a, b, t),
                            b,
                            PathEvaluator.grid(-0.25, 1.25, path.resolution()),
                            data,
                            control);
                case "bezier" -> {
                    float[] c = BezierPath.fit(
                            network,
                            a,
                            b,
                            data.train(),
                            TrainingOptions.defaults(),
                            path.epochs(),
                            path.seed(),
                            control);
                    FloatFiles.write(out.resolve(PathFiles.CONTROL), c);
                    yield PathEvaluator.evaluate(
                            "bezier",
                            network,
                            t -> BezierPath.at(a, c, b, t),
                            b,
                            PathEvaluator.grid(0, 1, path.resolution()),
                            data,
                            control);
                }
                default ->
                    PathfinderPath.run(
                                    ((NetworkSpec) network)
                                            .withInitSeed(sweep.seeds().get(0)),
                                    a,
                                    b,
                                    data,
                                    sweep.data(),
                                    TrainingOptions.defaults(),
                                    path.grid(),
                                    out.resolve(PathFiles.WALK),
                                    SweepListener.none(),
                                    control)
                            .profile();
            };
            PathCsv.write(out.resolve(PathFiles.CSV), profile);
            ObjectNode summary = PathFiles.summary(profile, path.kind());
            summary.put("a", path.a());
            summary.put("b", path.b());
            summary.put(PathFiles.SWEEP_A, relative(out, folderA));
            summary.put(PathFiles.SWEEP_B, relative(out, folderB));
            summary.put(PathFiles.LAMBDA, path.lambda());
            byte[] json = JSON.writeValueAsBytes(summary);
            AtomicFiles.write(out.resolve(PathFiles.SUMMARY), o -> o.write(json));
            return profile;
        }
    }

    /**
     * A and B of the study path in {@code folder} whose path.json is {@code summary}: the kept models of the sweep
     * folders it names at its λ.
     *
     * @throws IOException when a sweep folder is missing or keeps no model at λ, saying which
     */
    public static Ends ends(Path folder, JsonNode summary) throws IOException {
        double lambda = summary.path(PathFiles.LAMBDA).asDouble();
        SweepFolder a = sweep(folder, summary, PathFiles.SWEEP_A);
        SweepFolder b = sweep(folder, summary, PathFiles.SWEEP_B);
        return new Ends(a.spec().network(), minimum(a, lambda), minimum(b, lambda));
    }

    /** The kept model of {@code folder}'s up walk at the grid point {@code lambda}. */
    public static float[] minimum(SweepFolder folder, double lambda) throws IOException {
        SweepSpec spec = folder.spec();
        int index = StudySpec.gridIndex(spec, lambda);
        long seed = spec.seeds().get(0);
        return folder.parameters(Branch.UP, seed, index)
                .orElseThrow(() -> new IOException(folder.root() + " keeps no model at λ = " + lambda + " (index "
                        + index + "): a path needs a kept point (paramStride)"));
    }

    private static SweepFolder sweep(Path folder, JsonNode summary, String key) throws IOException {
        Path root = folder.resolve(summary.path(key).asText()).normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException(folder.resolve(PathFiles.SUMMARY) + ": " + key + " names " + root
                    + ", which is missing; a study's path folder reads its sweeps inside the study folder");
        }
        return SweepFolder.open(root);
    }

    /** {@code target} relative to {@code from}, '/'-separated. */
    private static String relative(Path from, Path target) {
        Path relative = from.toAbsolutePath()
                .normalize()
                .relativize(target.toAbsolutePath().normalize());
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
