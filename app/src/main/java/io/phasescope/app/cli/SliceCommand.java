package io.phasescope.app.cli;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceAxes;
import io.phasescope.model.landscape.SliceComputer;
import io.phasescope.model.landscape.SliceCsv;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.landscape.SliceSpec;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepTrajectory;
import io.phasescope.model.train.JobControl;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.ChartExporter;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.landscape.SliceOverlay;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code phasescope slice}: a 1D or 2D slice of the landscape around a trained model, as slice.csv. */
@Command(
        name = "slice",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate E, L_λ, the error or one class's error on θ₀ + a·d₁ + b·d₂ (both cores, coarse to fine).",
            "slice.csv columns: a, b, value (E and L_λ in nats; errors as 1 − accuracy). Evaluated on the test set.",
            "Also writes slice.png: the heat map with contours and colour bar (2D) or the curve (1D), 300 dpi."
        })
final class SliceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model folder of θ₀.")
    Path model;

    @Option(
            names = "--direction",
            defaultValue = "random",
            description = {
                "random (filter-normalized), toward (--to), plane (--to, --via), hessian or hessian_low (top"
                        + " or lowest eigenvectors of ∇²E on the training subset, scaled to ‖θ₀‖) or pca (of --trajectory). Default: ${DEFAULT-VALUE}."
            })
    String direction;

    @Option(
            names = "--trajectory",
            paramLabel = "SWEEP",
            description = "A sweep folder whose first walk's kept models give the pca directions.")
    Path trajectory;

    @Option(names = "--to", paramLabel = "DIR", description = "Model B: d₁ = θ_B − θ₀.")
    Path to;

    @Option(names = "--via", paramLabel = "DIR", description = "Model C of the plane through θ₀, B and C.")
    Path via;

    @Option(names = "--dimensions", defaultValue = "2", description = "1 or 2. Default: ${DEFAULT-VALUE}.")
    int dimensions;

    @Option(
            names = "--range",
            defaultValue = "-1:1",
            paramLabel = "MIN:MAX",
            description = "Range of a and b. Default: ${DEFAULT-VALUE}.")
    String range;

    @Option(
            names = "--resolution",
            defaultValue = "41",
            description = "Points per axis, 2-101. Default: ${DEFAULT-VALUE}.")
    int resolution;

    @Option(
            names = "--quantity",
            defaultValue = "loss",
            description = "loss, reg, error or class. Default: ${DEFAULT-VALUE}.")
    String quantity;

    @Option(names = "--lambda", defaultValue = "0", description = "λ of L_λ for --quantity reg (β = 2λ).")
    double lambda;

    @Option(names = "--class", defaultValue = "0", description = "The class of --quantity class.")
    int classIndex;

    @Option(names = "--biases", defaultValue = "zero", description = "Random directions: zero or keep biases.")
    String biases;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of random directions and subsets.")
    long seed;

    @Option(
            names = "--workers",
            defaultValue = "2",
            description = "Threads (one core each). Default: ${DEFAULT-VALUE}.")
    int workers;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        OptionRanges.require(spec, "--resolution", resolution, 2, SliceSpec.MAX_RESOLUTION);
        OptionRanges.require(spec, "--dimensions", dimensions, 1, 2);
        OptionRanges.require(spec, "--lambda", lambda, lambda >= 0 && Double.isFinite(lambda), "[0, ∞)");
        OptionRanges.require(spec, "--class", classIndex, 0, 999);
        OptionRanges.require(spec, "--workers", workers, 1, 64);
        SliceOptions options = SliceOptions.parse(spec, direction, biases, quantity, range, trajectory, to, via);
        DataRequest request = data.request(seed);
        OutputGuard.folder(spec, "--out", out, OutputGuard.Kind.SLICE, inputs());
        SavedModel origin = ModelStore.load(model);
        float[] thetaB = sameArchitecture("--to", to, origin);
        float[] thetaC = sameArchitecture("--via", via, origin);
        OptionRanges.require(spec, "--class", classIndex, 0, origin.spec().classCount() - 1);
        PrintWriter stdout = spec.commandLine().getOut();
        DatasetSplit split = DataOptions.load(spec, request, stdout::println);
        DataOptions.requireFits(spec, split, origin.spec());
        OutputFolder.prepare(out, "--out");
        try (FolderLock lock = FolderLock.acquire(out)) {
            compute(options, origin, thetaB, thetaC, split, stdout);
        }
        return 0;
    }

    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(List.of(model));
        for (Path p : new Path[] {to, via, trajectory}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        return inputs;
    }

    /** θ of the model in {@code folder} ({@code null} if not given), which must share θ₀'s architecture. */
    private float[] sameArchitecture(String option, Path folder, SavedModel origin) {
        if (folder == null) {
            return null;
        }
        SavedModel other = ModelStore.load(folder);
        if (!other.spec().withInitSeed(0).equals(origin.spec().withInitSeed(0))) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " is " + other.spec().describe() + " but --model is "
                            + origin.spec().describe() + "; a slice needs one architecture");
        }
        return other.theta();
    }

    private void compute(
            SliceOptions options,
            SavedModel origin,
            float[] thetaB,
            float[] thetaC,
            DatasetSplit split,
            PrintWriter stdout)
            throws IOException {
        DirectionKind kind = options.direction();
        SliceAxes axes;
        SliceSpec slice;
        try {
            List<float[]> trajectory = kind == DirectionKind.PCA ? walk().thetas() : null;
            axes = SliceAxes.choose(
                    kind,
                    origin.spec(),
                    origin.theta(),
                    thetaB,
                    thetaC,
                    () -> trajectory,
                    split.train(),
                    seed,
                    options.biases(),
                    dimensions == 2,
                    JobControl.none());
            slice = slice(origin, axes, options);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        long start = System.nanoTime();
        ProgressLine progress = new ProgressLine(stdout, ProgressLine.isTerminal());
        SliceGrid grid = SliceComputer.compute(
                slice,
                split.test(),
                workers,
                level -> progress.update(String.format(
                        Locale.ROOT,
                        "%d of %d points, %.1f s",
                        level.computed(),
                        level.total(),
                        (System.nanoTime() - start) / 1e9)),
                JobControl.none());
        progress.finish();
        SliceCsv.write(out.resolve("slice.csv"), grid);
        writeFigure(grid, slice, axes, thetaB, thetaC);
        stdout.printf(
                Locale.ROOT,
                "%s: min %.4f at the grid; wrote %s, slice.json and slice.png%n",
                slice.quantity().label(),
                grid.min(),
                out.resolve("slice.csv"));
        stdout.flush();
    }

    /** The first walk of --trajectory with at least 3 kept models. */
    private SweepTrajectory walk() throws IOException {
        if (trajectory == null) {
            throw new IllegalArgumentException("--trajectory SWEEP is required for pca directions");
        }
        return SweepTrajectory.load(SweepFolder.open(trajectory)).stream()
                .filter(w -> w.thetas().size() >= 3)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "the sweep in " + trajectory + " kept fewer than 3 models on every walk"));
    }

    /** slice.json and slice.png: the heat map (2D) or curve (1D) with θ₀, B and C marked, at print resolution. */
    private void writeFigure(SliceGrid grid, SliceSpec slice, SliceAxes axes, float[] thetaB, float[] thetaC)
            throws IOException {
        List<SliceOverlay.Marker> markers = new ArrayList<>();
        markers.add(new SliceOverlay.Marker("θ₀", 0, 0));
        mark(markers, "B", thetaB, slice, axes);
        mark(markers, "C", thetaC, slice, axes);
        SliceFigure figure = new SliceFigure(
                slice.quantity().label() + " around " + model.getFileName(),
                slice.quantity().label(),
                axes.aLabel(),
                axes.bLabel(),
                markers);
        figure.write(out);
        ChartExporter.export(
                figure.chart(grid, false, ChartTheme.LIGHT),
                ExportFormat.PNG,
                out.resolve("slice.png"),
                new ExportSize(504, 396, ExportSize.PRINT_DPI));
    }

    /** Adds {@code theta} (if given) at its projection onto the slice; on a 1D slice toward B, at a = 1. */
    private static void mark(
            List<SliceOverlay.Marker> markers, String name, float[] theta, SliceSpec slice, SliceAxes axes) {
        if (theta != null) {
            double[] ab = axes.isOneDimensional()
                    ? new double[] {1, 0}
                    : Directions.project(theta, slice.origin(), axes.d1(), axes.d2());
            markers.add(new SliceOverlay.Marker(name, ab[0], ab[1]));
        }
    }

    private SliceSpec slice(SavedModel origin, SliceAxes axes, SliceOptions options) {
        SliceQuantity q = switch (options.quantity()) {
            case REGULARIZED_LOSS -> new SliceQuantity(SliceQuantity.Kind.REGULARIZED_LOSS, lambda, 0);
            case CLASS_ERROR -> new SliceQuantity(SliceQuantity.Kind.CLASS_ERROR, 0, classIndex);
            case ERROR -> SliceQuantity.error();
            default -> SliceQuantity.loss();
        };
        double min = options.min();
        double max = options.max();
        return new SliceSpec(origin.spec(), origin.theta(), axes.d1(), axes.d2(), min, max, min, max, resolution, q);
    }
}
