package io.phasescope.app.cli;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.workspace.LandscapeState;
import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceCodec;
import io.phasescope.app.workspace.WorkspaceState;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.curvature.SweepSpectra;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.data.StratifiedSubset;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.io.Version;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.model.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope demo}: builds the demo workspace bundled in the assets module — the up and down sweep of
 * {@link #spec}, its transitions and Hessian spectra, and two minima (seeds 1 and 2) in the model library — all
 * with fixed seeds, so that rerunning it reproduces the file.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Build the demo workspace for a classroom (a finished sweep, its spectra and two minima).",
            "An up and down λ sweep of a 784-128-128-10 sigmoid network on"
                    + " 10,000 MNIST images (parameters kept at the ends and both sides of each transition), its Hessian"
                    + " spectra and two minima (seeds 1, 2), in one .phasescope file. Fixed seeds; rerun to resume."
        })
final class DemoCommand implements Callable<Integer> {

    /** The sweep folder's name inside --work, and so the embedded sweep's name. */
    static final String SWEEP = "demo-sweep";
    /** Training images the spectra average over (a stratified subset). */
    static final int SPECTRA_IMAGES = 1000;
    /** The seeds of the two library minima. */
    static final List<Long> MINIMA = List.of(1L, 2L);
    /** Keep parameters only at the ends of each branch and on both sides of each transition. */
    static final int NO_STRIDE = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The workspace file to write.")
    Path out;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Where the sweep is computed (kept, so a rerun resumes; one writer at a time). Default: a"
                    + " folder in the system's temporary directory named after --out.")
    Path work;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the four MNIST IDX files.")
    Path data;

    /**
     * The demo's sweep: the classroom preset's network, data, training and λ grid (0 to 0.05 in steps of 8e-4,
     * up then down, seed 1), keeping parameters only where the lesson needs them.
     */
    static SweepSpec spec(Path dataFolder) {
        return new SweepSpec(
                "demo",
                new DataRequest(DataRequest.Kind.MNIST, 10_000, 2000, 1, dataFolder),
                new NetworkSpec(784, List.of(128, 128), Activation.SIGMOID, 10, 1),
                TrainingOptions.defaults().withEpochs(30, 5),
                SweepGrid.linear(0, 0.05, 0.0008),
                SweepMode.UPDOWN,
                List.of(1L),
                NO_STRIDE);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Path target = out.toAbsolutePath();
        Path workFolder = work != null ? work : defaultWork(target);
        OutputGuard.file(spec, "--out", out, List.of(workFolder));
        OutputGuard.folder(spec, "--work", workFolder, null, List.of(target));
        SweepSpec requested = spec(PhasescopeCommand.dataFolder(spec, data));
        DatasetSplit split = DataOptions.load(spec, requested.data(), stdout::println);
        OutputFolder.prepare(target.getParent(), "--out");
        OutputFolder.prepare(workFolder, "--work");
        try (FolderLock lock = FolderLock.acquire(workFolder)) {
            build(SweepFolder.openOrCreate(workFolder.resolve(SWEEP), requested), split, target, stdout);
        }
        return 0;
    }

    /** The default --work folder of {@code target}: one per output file, so that demos of two files never share. */
    static Path defaultWork(Path target) {
        String key = Integer.toHexString(
                target.toAbsolutePath().normalize().toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "phasescope-demo-" + key);
    }

    private void build(SweepFolder folder, DatasetSplit split, Path target, PrintWriter stdout) throws IOException {
        SweepSpec sweep = folder.spec();
        stdout.printf(
                "Demo sweep in %s: %s, %d steps%n",
                folder.root(), sweep.network().describe(), sweep.totalSteps());
        stdout.flush();
        Pathfinder.run(
                folder,
                split,
                1,
                new SweepCommand.PointPrinter(
                        stdout, System.nanoTime(), folder.points().size()),
                JobControl.none());
        TransitionsCommand.report(folder, stdout);
        stdout.println("Spectra at the kept points, on " + SPECTRA_IMAGES + " training images ...");
        stdout.flush();
        SweepSpectra.run(
                folder,
                StratifiedSubset.ofSize(split.train(), SPECTRA_IMAGES, 1),
                SpectraSettings.defaults(),
                s -> stdout.printf(
                        Locale.ROOT,
                        "  %s λ = %.4f: λ_min(∇²L_λ) = %.4g%n",
                        s.branch().id(),
                        s.lambda(),
                        s.minL()),
                JobControl.none());
        List<LibraryModel> library = new ArrayList<>();
        for (long seed : MINIMA) {
            library.add(minimum(sweep, split, seed, stdout));
        }
        WorkspaceState.Phase phase = new WorkspaceState.Phase(null, "LAMBDA", firstJump(folder));
        WorkspaceCodec.Snapshot snapshot = WorkspaceCodec.embedSweep(
                WorkspaceCodec.snapshot(library, phase, landscape(library, sweep), Map.of(), Version.SOFTWARE),
                folder.root());
        WorkspaceArchive.write(target, snapshot.state(), snapshot.entries());
        stdout.printf(
                Locale.ROOT,
                "Wrote %s (%.2f MB: %d models, the sweep with %d entries)%n",
                target,
                Files.size(target) / 1e6,
                library.size(),
                snapshot.entries().size() - library.size());
        stdout.flush();
    }

    /**
     * The Landscape tab of the demo: θ₀ the first minimum, B the second, evaluated on the sweep's own test images (2
     * 000, so that it computes offline from the bundled classroom subset, as the sweep trains).
     */
    static LandscapeState landscape(List<LibraryModel> library, SweepSpec sweep) {
        return LandscapeState.of(
                library.get(0).name(), library.get(1).name(), sweep.data().testSize());
    }

    /** The grid index just before the first transition on the way up, where the λ slider starts. */
    private static double firstJump(SweepFolder folder) throws IOException {
        double before = SweepAnalysis.of(folder.points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD).transitions().stream()
                .filter(t -> t.branch() == Branch.UP)
                .mapToDouble(Transition::lambdaLo)
                .findFirst()
                .orElse(0);
        double[] grid = folder.grid().values();
        int i = 0;
        while (i < grid.length - 1 && grid[i] < before) {
            i++;
        }
        return i;
    }

    /** The sweep's network trained at λ = 0 from seed {@code seed}'s initialization and shuffling. */
    private static LibraryModel minimum(SweepSpec sweep, DatasetSplit split, long seed, PrintWriter stdout) {
        NetworkSpec network = ((NetworkSpec) sweep.network()).withInitSeed(seed);
        TrainingOptions options = sweep.options().withLambda(0).withShuffleSeed(seed);
        try (TrainingEngine engine = Engines.create(network, XavierInit.initialize(network), options)) {
            TrainingResult result =
                    Trainer.fit(engine, split, options, TrainingListener.none(), JobControl.none(), false);
            String name = String.format(
                    Locale.ROOT,
                    "seed %d · %s · %.1f %%",
                    seed,
                    network.describe(),
                    100 * result.evaluation().testAccuracy());
            stdout.println("Minimum: " + name + " (" + result.epochs() + " epochs)");
            stdout.flush();
            return new LibraryModel(
                    name,
                    String.format(
                            Locale.ROOT,
                            "demo: trained on %s, %d epochs",
                            sweep.data().describe(),
                            result.epochs()),
                    network,
                    result.theta(),
                    sweep.data().kind());
        }
    }
}
