package io.phasescope.app.cli;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepPresets;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.UntilTrivial;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code phasescope sweep}: runs or resumes a Pathfinder λ sweep into a folder. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Run a Pathfinder sweep in λ (warm-started continuation) into --out; rerun to resume.",
            "λ is the L2 strength of E + λ‖θ‖²; points.csv also lists weight_decay = 2λ."
        })
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            defaultValue = "classroom",
            description = "paper, classroom, relu, patterns or fashion (the paper's sweep on Fashion-MNIST)."
                    + " Default: ${DEFAULT-VALUE}.")
    String preset;

    @Option(names = "--mode", paramLabel = "MODE", description = "up, down, updown or cold (default: the preset's).")
    String mode;

    @Option(names = "--seeds", paramLabel = "S,S", split = ",", description = "Seeds, run concurrently (default 1).")
    List<Long> seeds;

    @Option(
            names = "--workers",
            paramLabel = "N",
            defaultValue = "2",
            description = "Seeds trained at once (one core each). Default: ${DEFAULT-VALUE}.")
    int workers;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder with the preset's four IDX files (MNIST, or Fashion-MNIST for fashion).")
    Path data;

    @Option(
            names = "--lambda-grid",
            paramLabel = "START:STOP:STEP",
            description = "Override the preset's λ grid (linear, in λ; weight decay β = 2λ).")
    String lambdaGrid;

    @Option(names = "--subset", paramLabel = "N", description = "Override the training subset size (0 = all).")
    Integer trainSize;

    @Option(names = "--test-subset", paramLabel = "N", description = "Override the test subset size (0 = all).")
    Integer testSize;

    @Option(names = "--epochs", paramLabel = "N", description = "Override the maximum epochs per step.")
    Integer epochs;

    @Option(names = "--patience", paramLabel = "N", description = "Override the early-stopping patience (epochs).")
    Integer patience;

    @Option(
            names = "--until-trivial",
            negatable = true,
            description = "Go on past the grid's end with the same step until the up branch is trivial"
                    + " (" + UntilTrivial.TRIVIAL_POINTS + " points in a row), at most to --until-trivial-cap."
                    + " Default: on for the presets' up branches; --no-until-trivial stops at the grid's end.")
    Boolean untilTrivial;

    @Option(
            names = "--until-trivial-cap",
            paramLabel = "LAMBDA",
            description = "The largest λ the until-trivial extension may reach. Default: 10 × the grid's end.")
    Double untilTrivialCap;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "The sweep folder (created or resumed).")
    Path out;

    @Override
    public Integer call() throws Exception {
        SweepSpec requested;
        try {
            requested = SweepPresets.parse(preset).spec(PhasescopeCommand.dataFolder(spec, data));
            if (mode != null) {
                requested = requested.withMode(SweepMode.parse(mode));
            }
            if (seeds != null) {
                requested = requested.withSeeds(seeds);
            }
            requested = overridden(requested);
        } catch (IllegalArgumentException e) {
            throw OptionRanges.rejected(spec, e);
        }
        OptionRanges.require(spec, "--workers", workers, 1, 64);
        OutputGuard.folder(spec, "--out", out, OutputGuard.Kind.SWEEP, List.of());
        if (Files.exists(out.resolve(SweepFolder.MANIFEST))) {
            SweepSpec stored = SweepFolder.open(out).spec();
            if (untilTrivial == null && untilTrivialCap == null) {
                // the preset's default does not overrule a sweep begun without (or before) the extension
                requested = requested.withUntilTrivial(stored.untilTrivial());
            }
            List<String> differences = SweepDifferences.of(requested, stored);
            if (!differences.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(),
                        out + " holds another sweep: " + String.join("; ", differences)
                                + ". Resume it with its own options, or use a new folder");
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        DatasetSplit split = DataOptions.load(spec, requested.data(), message -> stdout.println(message));
        OutputFolder.prepare(out, "--out");
        try (FolderLock lock = FolderLock.acquire(out)) {
            run(SweepFolder.openOrCreate(out, requested), split, stdout);
        }
        return 0;
    }

    private void run(SweepFolder folder, DatasetSplit split, PrintWriter stdout) throws IOException {
        SweepSpec sweep = folder.spec();
        int already = folder.points().size();
        stdout.printf(
                "Sweep '%s' in %s: %s, %d λ values from %g to %g, mode %s, seeds %s; %d of %d steps done%n",
                sweep.name(),
                out,
                sweep.network().describe(),
                folder.grid().values().length,
                folder.grid().start(),
                folder.grid().stop(),
                sweep.mode().name().toLowerCase(),
                sweep.seeds(),
                already,
                sweep.totalSteps());
        if (sweep.untilTrivial().enabled() && sweep.mode().branches().contains(Branch.UP)) {
            stdout.printf(
                    "Until trivial: the up branch goes on past λ = %g with the same step until %d points in a row are"
                            + " trivial, at most to λ = %g%s%n",
                    sweep.grid().stop(),
                    UntilTrivial.TRIVIAL_POINTS,
                    sweep.untilTrivial().capLambda(),
                    folder.extension() > 0 ? "; extended by " + folder.extension() + " points so far" : "");
        }
        stdout.flush();
        long start = System.nanoTime();
        List<SweepPoint> points =
                Pathfinder.run(folder, split, workers, new PointPrinter(stdout, start, already), JobControl.none());
        stdout.printf("Sweep complete: %d points in %s%n", points.size(), out.resolve(SweepFolder.POINTS));
        TransitionsCommand.report(folder, stdout);
        stdout.flush();
    }

    private SweepSpec overridden(SweepSpec preset) {
        SweepSpec result = preset;
        if (lambdaGrid != null) {
            result = result.withGrid(GridOption.parse(spec, lambdaGrid));
        }
        if (trainSize != null || testSize != null) {
            DataRequest d = result.data();
            result = result.withData(new DataRequest(
                    d.kind(),
                    trainSize != null ? trainSize : d.trainSize(),
                    testSize != null ? testSize : d.testSize(),
                    d.seed(),
                    d.folder()));
        }
        if (untilTrivial != null || untilTrivialCap != null) {
            boolean on =
                    untilTrivial != null ? untilTrivial : result.untilTrivial().enabled();
            if (!on && untilTrivialCap != null) {
                throw new IllegalArgumentException(
                        "--until-trivial-cap needs the until-trivial extension, which is off");
            }
            result = result.withUntilTrivial(
                    !on
                            ? UntilTrivial.off()
                            : untilTrivialCap != null
                                    ? new UntilTrivial(true, untilTrivialCap)
                                    : UntilTrivial.upTo10TimesTheEndOf(result.grid()));
        }
        if (epochs != null || patience != null) {
            TrainingOptions o = result.options();
            result = result.withOptions(
                    o.withEpochs(epochs != null ? epochs : o.maxEpochs(), patience != null ? patience : o.patience()));
        }
        return result;
    }

    /** One line per completed step, with progress and ETA. */
    record PointPrinter(PrintWriter out, long start, int already) implements SweepListener {
        @Override
        public synchronized void onGridExtended(long seed, double lambdaTo, String why) {
            out.printf("Grid extended to λ = %.6g: %s%n", lambdaTo, why);
            out.flush();
        }

        @Override
        public synchronized void onPoint(SweepPoint p, int done, int total) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            double eta = done > already ? elapsed / (done - already) * (total - done) : Double.NaN;
            out.printf(
                    "[%s s%d] λ=%.5g β=%.5g  acc %.4f  E_train %.4f  E_test %.4f  |θ| %8.3f  %2d ep  %5.1f s"
                            + "  (%d/%d, ETA %s)%n",
                    p.branch().id(),
                    p.seed(),
                    p.lambda(),
                    p.weightDecay(),
                    p.testAccuracy(),
                    p.trainLoss(),
                    p.testLoss(),
                    p.norm(),
                    p.epochs(),
                    p.seconds(),
                    done,
                    total,
                    Durations.format(eta));
            out.flush();
        }
    }
}
