package io.phasescope.cluster.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.study.StudyPath;
import io.phasescope.model.study.StudySpec;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.api.java.function.Function;

/**
 * One path of a study on an executor: the path between the kept models of two finished sweeps at one λ, linear
 * ({@link PathEvaluator}) or the Pathfinder walk ({@link PathfinderPath}, in the folder's {@code sweep/}) as {@code
 * phasescope path} computes them, into the path's folder under its lock: path.csv ({@link PathCsv}), then path.json (the barriers, A, B and λ), whose presence marks
 * the path done. Returns the loss barrier, nats.
 */
final class PathTask implements Function<PathOrder, Double> {

    /** The file written last. */
    static final String SUMMARY = "path.json";

    private static final long serialVersionUID = 1L;

    @Override
    public Double call(PathOrder order) throws IOException {
        StudyPath path = order.path();
        SweepSpec spec = SweepSpecJson.parse(
                        new ObjectMapper().readTree(order.sweepJson()), path.a(), Path.of(order.folderA()))
                .spec();
        float[] a = minimum(SweepFolder.open(Path.of(order.folderA())), path.lambda());
        float[] b = minimum(SweepFolder.open(Path.of(order.folderB())), path.lambda());
        Path out = Files.createDirectories(Path.of(order.out()));
        try (FolderLock lock = FolderLock.acquire(out)) {
            DatasetSplit data = ExecutorData.load(spec.data());
            PathProfile profile = path.kind().equals("linear")
                    ? PathEvaluator.evaluate(
                            "linear",
                            spec.network(),
                            t -> LinearPath.at(a, b, t),
                            b,
                            PathEvaluator.grid(-0.25, 1.25, path.resolution()),
                            data,
                            JobControl.none())
                    // the walk resumes its own sweep folder, as path --kind pathfinder does
                    : PathfinderPath.run(
                                    ((NetworkSpec) spec.network())
                                            .withInitSeed(spec.seeds().get(0)),
                                    a,
                                    b,
                                    data,
                                    spec.data(),
                                    TrainingOptions.defaults(),
                                    path.grid(),
                                    out.resolve("sweep"),
                                    SweepListener.none(),
                                    JobControl.none())
                            .profile();
            PathCsv.write(out.resolve("path.csv"), profile);
            ObjectNode summary = new ObjectMapper().createObjectNode();
            summary.put("kind", profile.kind());
            summary.put("lossBarrier", profile.lossBarrier());
            summary.put("errorBarrier", profile.errorBarrier());
            summary.put("maxTrainLoss", profile.maxTrainLoss());
            summary.put("a", path.a());
            summary.put("b", path.b());
            summary.put("lambda", path.lambda());
            summary.put("units", "losses in nats (mean cross-entropy); errors = 1 - accuracy");
            byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(summary);
            AtomicFiles.write(out.resolve(SUMMARY), o -> o.write(json));
            return profile.lossBarrier();
        }
    }

    /** The kept model of {@code folder}'s up walk at {@code lambda}. */
    private static float[] minimum(SweepFolder folder, double lambda) throws IOException {
        SweepSpec spec = folder.spec();
        int index = StudySpec.gridIndex(spec, lambda);
        long seed = spec.seeds().get(0);
        return folder.parameters(Branch.UP, seed, index)
                .orElseThrow(() -> new IOException(folder.root() + " keeps no model at λ = " + lambda + " (index "
                        + index + "): a path needs a kept point (paramStride)"));
    }
}
