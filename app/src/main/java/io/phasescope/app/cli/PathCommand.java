package io.phasescope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.landscape.WeightMatching;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope path}: a path between two trained minima A and B (model folders written by
 * {@code train}): linear, a trained Bézier curve, or the paper's Pathfinder path; optionally with B's hidden
 * units first aligned to A's. Writes {@code path.csv} and {@code path.json}, which also records how to rebuild
 * θ(t) for {@code spectrum --path} ({@link PathFolder}): the model folders of A and B, the alignment and, for a
 * Bézier curve, its control point in {@code control.bin}. A {@code path-spectra.csv} of an earlier path in the
 * folder is deleted.
 */
@Command(
        name = "path",
        mixinStandardHelpOptions = true,
        description = {
            "A path between two minima: linear, bezier (Garipov et al.) or pathfinder (L2 probe toward B).",
            "path.csv columns: t, train_loss, test_loss (nats), train_error, test_error, dist_b (|θ(t) − θ_B|),"
                    + " acc_0..acc_9.",
            "For pathfinder, t = 1 − |θ − θ_B| / |θ_A − θ_B| and the sweep folder (λ in λ units) is --out/sweep.",
            "Also writes path.json (barriers) and path.png (E and error along t, 300 dpi)."
        })
final class PathCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            defaultValue = "linear",
            description = "linear, bezier or pathfinder. Default: ${DEFAULT-VALUE}.")
    String kind;

    @Option(names = "--a", paramLabel = "DIR", required = true, description = "Model folder of minimum A.")
    Path modelA;

    @Option(names = "--b", paramLabel = "DIR", required = true, description = "Model folder of minimum B.")
    Path modelB;

    @Option(names = "--align", description = "Permute B's hidden units to A's first (weight matching).")
    boolean align;

    @Option(
            names = "--resolution",
            defaultValue = "31",
            description = "Points in t ∈ [−0.25, 1.25]. Default: ${DEFAULT-VALUE}.")
    int resolution;

    @Option(
            names = "--epochs",
            defaultValue = "10",
            description = "Bézier: training epochs. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(
            names = "--lambda-grid",
            paramLabel = "START:STOP:STEP",
            defaultValue = "0:5e-6:1e-7",
            description = "Pathfinder: the λ grid (λ units). Default: ${DEFAULT-VALUE}.")
    String lambdaGrid;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of subsets and Bézier sampling. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!List.of("linear", "bezier", "pathfinder").contains(kind)) {
            throw new ParameterException(
                    spec.commandLine(), "--kind must be linear, bezier or pathfinder, was " + kind);
        }
        OptionRanges.require(spec, "--resolution", resolution, 2, PathEvaluator.MAX_RESOLUTION);
        OptionRanges.require(spec, "--epochs", epochs, 1, 100_000);
        var given = spec.commandLine().getParseResult();
        if (!kind.equals("pathfinder") && given.hasMatchedOption("--lambda-grid")) {
            throw new ParameterException(spec.commandLine(), "--lambda-grid goes with --kind pathfinder");
        }
        if (!kind.equals("bezier") && given.hasMatchedOption("--epochs")) {
            throw new ParameterException(spec.commandLine(), "--epochs goes with --kind bezier");
        }
        SweepGrid grid = kind.equals("pathfinder") ? GridOption.parse(spec, lambdaGrid) : null;
        DataRequest request = data.request(seed);
        OutputGuard.folder(spec, "--out", out, OutputGuard.Kind.PATH, List.of(modelA, modelB));
        PrintWriter stdout = spec.commandLine().getOut();
        SavedModel a = ModelStore.load(modelA);
        SavedModel b = ModelStore.load(modelB);
        if (!a.spec().withInitSeed(0).equals(b.spec().withInitSeed(0))) {
            throw new ParameterException(
                    spec.commandLine(),
                    "A is " + a.spec().describe() + " but B is " + b.spec().describe()
                            + "; a path needs one architecture");
        }
        if (kind.equals("pathfinder") && Arrays.equals(a.theta(), b.theta())) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--a and --b are the same model (θ_A = θ_B); a Pathfinder path needs two different minima");
        }
        DatasetSplit split = DataOptions.load(spec, request, stdout::println);
        DataOptions.requireFits(spec, split, a.spec());
        OutputFolder.prepare(out, "--out");
        try (FolderLock lock = FolderLock.acquire(out)) {
            compute(a, b, grid, request, split, stdout);
        }
        return 0;
    }

    private void compute(
            SavedModel a, SavedModel b, SweepGrid grid, DataRequest request, DatasetSplit split, PrintWriter stdout)
            throws Exception {
        float[] thetaB = align ? WeightMatching.align(a.spec(), a.theta(), b.theta()) : b.theta();
        String name = kind + (align ? " aligned" : "");
        PathProfile profile = switch (kind) {
            case "linear" ->
                PathEvaluator.evaluate(
                        name,
                        a.spec(),
                        t -> LinearPath.at(a.theta(), thetaB, t),
                        thetaB,
                        PathEvaluator.grid(-0.25, 1.25, resolution),
                        split,
                        JobControl.none());
            case "bezier" -> {
                stdout.printf("Training the Bézier control point for %d epochs ...%n", epochs);
                stdout.flush();
                float[] c = BezierPath.fit(
                        a.spec(),
                        a.theta(),
                        thetaB,
                        split.train(),
                        TrainingOptions.defaults(),
                        epochs,
                        seed,
                        JobControl.none());
                FloatFiles.write(out.resolve(PathFiles.CONTROL), c);
                yield PathEvaluator.evaluate(
                        name,
                        a.spec(),
                        t -> BezierPath.at(a.theta(), c, thetaB, t),
                        thetaB,
                        PathEvaluator.grid(0, 1, resolution),
                        split,
                        JobControl.none());
            }
            default -> pathfinder(a, thetaB, grid, request, split, stdout);
        };
        write(profile);
        stdout.printf(
                Locale.ROOT,
                "%s path: loss barrier %.4f nats, error barrier %.4f, max train loss %.4f,"
                        + " |θ_A − θ_B| = %.3f; wrote %s, path.json and path.png%n",
                name,
                profile.lossBarrier(),
                profile.errorBarrier(),
                profile.maxTrainLoss(),
                profile.distanceAB(),
                out.resolve(PathFiles.CSV));
        stdout.flush();
    }

    private PathProfile pathfinder(
            SavedModel a, float[] thetaB, SweepGrid grid, DataRequest request, DatasetSplit split, PrintWriter stdout)
            throws Exception {
        PathfinderPath.Result path = PathfinderPath.run(
                a.spec(),
                a.theta(),
                thetaB,
                split,
                request,
                TrainingOptions.defaults(),
                grid,
                out.resolve("sweep"),
                new SweepListener() {
                    @Override
                    public void onPoint(SweepPoint p, int done, int total) {
                        stdout.printf(
                                Locale.ROOT,
                                "λ=%.3g  E_train %.4f  acc %.4f  |θ − θ_B| %.3f  (%d/%d)%n",
                                p.lambda(),
                                p.trainLoss(),
                                p.testAccuracy(),
                                p.distRef(),
                                done,
                                total);
                        stdout.flush();
                    }
                },
                JobControl.none());
        double[] distance = path.profile().distanceToB();
        SweepPoint last = path.steps().get(path.steps().size() - 1);
        stdout.printf(
                Locale.ROOT,
                "Pathfinder: max train loss %.4f nats over the λ steps, |θ − θ_B| from %.3f to %.3f"
                        + " (%.0f%%), closed by a linear segment to B%n",
                path.maxStepTrainLoss(),
                distance[0],
                last.distRef(),
                100 * last.distRef() / distance[0]);
        PathProfile p = path.profile();
        return new PathProfile(
                "pathfinder" + (align ? " aligned" : ""),
                p.t(),
                p.trainLoss(),
                p.testLoss(),
                p.trainError(),
                p.testError(),
                p.perClassAccuracy(),
                p.distanceToB());
    }

    private void write(PathProfile profile) throws Exception {
        Files.deleteIfExists(out.resolve(PathSpectraCsv.FILE));
        PathCsv.write(out.resolve(PathFiles.CSV), profile);
        ObjectNode summary = PathFiles.summary(profile, kind);
        summary.put(PathFiles.MODEL_A, modelA.toAbsolutePath().normalize().toString());
        summary.put(PathFiles.MODEL_B, modelB.toAbsolutePath().normalize().toString());
        summary.put(PathFiles.ALIGN, align);
        byte[] json = Json.MAPPER.writeValueAsBytes(summary);
        AtomicFiles.write(out.resolve(PathFiles.SUMMARY), o -> o.write(json));
        PathFigure.png(out);
    }
}
