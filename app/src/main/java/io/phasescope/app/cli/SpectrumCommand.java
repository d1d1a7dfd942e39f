package io.phasescope.app.cli;

import io.phasescope.model.curvature.HessianOperator;
import io.phasescope.model.curvature.Hutchinson;
import io.phasescope.model.curvature.Lanczos;
import io.phasescope.model.curvature.PathSpectra;
import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.curvature.Spectrum;
import io.phasescope.model.curvature.SweepSpectra;
import io.phasescope.model.curvature.TraceEstimate;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.data.StratifiedSubset;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope spectrum}: extreme Hessian eigenvalues, the trace and the spectral density of a trained
 * model on its training data, the spectra along a sweep ({@code --sweep}, written to spectra.csv) or along a path
 * between two minima ({@code --path}, written to path-spectra.csv).
 */
@Command(
        name = "spectrum",
        mixinStandardHelpOptions = true,
        description = {
            "Hessian spectra of a model, a sweep's kept points or a path: extreme eigenvalues, trace, density.",
            "Top-k and bottom-k eigenvalues of ∇²E (+ 2λI for L_λ) by Lanczos on exact Hessian-vector products,"
                    + " the trace by Hutchinson (--trace) and the spectral density by stochastic Lanczos quadrature"
                    + " (--density).",
            "--model: evaluated on the training subset (--subset, default 10000 images).",
            "--sweep: every kept point of a sweep at its own λ, appended to the folder's spectra.csv (resumable),",
            "on the sweep's training set or a stratified subset of it (--subset).",
            "--path: ∇²E at every t of a path folder's path.csv (linear, bezier or pathfinder, written by path or by a",
            "study into its paths/NAME, whose ends are the kept models of the study's sweeps),",
            "appended to its path-spectra.csv (resumable; columns t, eig_max_E, eig_min_E, index_E, trace_E,",
            "trace_E_se, top_E, bottom_E, iterations, converged, images, seconds), on the training subset (--subset,",
            "default 10000 images). A Pathfinder path's walk is also a sweep: spectrum --sweep DIR/sweep gives ∇²L_λ.",
            "--precision double computes the products in float64 (spectra.csv and path-spectra.csv do not record it;"
                    + " the output does).",
            "--largest-magnitude K: also the K eigenvalues of ∇²E of largest |λ|, with their signs (--model, or --sweep"
                    + " with --out-csv FILE: one row per chosen kept point, resumable; --summarize FILE: the spread of"
                    + " λ_min and λ_max of ∇²E over subset seeds, per point and --subset size)."
        })
final class SpectrumCommand implements Callable<Integer> {

    /** Training images of --model and --path when --subset is not given. */
    private static final int DEFAULT_IMAGES = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model folder.")
        Path model;

        @Option(names = "--sweep", paramLabel = "DIR", required = true, description = "Sweep folder.")
        Path sweep;

        @Option(
                names = "--path",
                paramLabel = "DIR",
                required = true,
                description = "Path folder (written by path, or a study's paths/NAME).")
        Path path;

        @Option(
                names = "--summarize",
                paramLabel = "FILE[,FILE]",
                hideParamSyntax = true,
                split = ",",
                required = true,
                description = "Print the spread of λ_min(∇²E) and λ_max(∇²E) per point and subset size of the rows"
                        + " of --out-csv FILE[,FILE...].")
        List<Path> summarize;
    }

    @Mixin
    SpectraFileOptions file;

    @Option(
            names = "--lambda",
            defaultValue = "0",
            description = "λ for --model: the spectrum of ∇²E + 2λI (β = 2λ). Default: ${DEFAULT-VALUE}.")
    double lambda;

    @Option(names = "--top", defaultValue = "20", description = "Largest eigenvalues. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--bottom", defaultValue = "5", description = "Smallest eigenvalues. Default: ${DEFAULT-VALUE}.")
    int bottom;

    @Option(
            names = "--tolerance",
            defaultValue = "1e-3",
            description = "Relative residual |β·s| <= tolerance·|θ| of every wanted Ritz value θ."
                    + " Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--max-iterations", defaultValue = "300", description = "Lanczos steps. Default: ${DEFAULT-VALUE}.")
    int maxIterations;

    @Option(
            names = "--trace",
            paramLabel = "PROBES",
            defaultValue = "0",
            description = "Hutchinson probes for tr ∇²E (0 = none, else >= 2). Default: ${DEFAULT-VALUE}.")
    int traceProbes;

    @Mixin
    DensityOptions density;

    @Option(
            names = "--largest-magnitude",
            paramLabel = "K",
            defaultValue = "0",
            description = "Also the K eigenvalues of ∇²E of largest |λ| (with --model or --out-csv)."
                    + " Default: ${DEFAULT-VALUE}.")
    int largestMagnitude;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the start vector, the probes and subsets.")
    long seed;

    @Option(
            names = "--subset-seed",
            paramLabel = "S",
            description = "Seed of the stratified --subset (default: --seed), so that subsets vary with the same"
                    + " Lanczos start vector.")
    Long subsetSeed;

    @Option(
            names = "--subset-classes",
            paramLabel = "balanced|proportional",
            defaultValue = "balanced",
            description = "Classes of a --sweep's --subset: balanced (as many images of every class) or proportional"
                    + " (in the shares of the whole training set, as a random subset). Default: ${DEFAULT-VALUE}.")
    String subsetClasses;

    @Option(
            names = "--precision",
            paramLabel = "float|double",
            defaultValue = "float",
            description = "Arithmetic of the Hessian-vector products: float (float32, as trained) or double (float64,"
                    + " about 15 digits, about twice the time). Default: ${DEFAULT-VALUE}.")
    String precisionName;

    private Precision precision;

    @Override
    public Integer call() throws Exception {
        OptionRanges.require(spec, "--lambda", lambda, lambda >= 0 && Double.isFinite(lambda), "[0, ∞)");
        OptionRanges.require(spec, "--top", top, 0, 1000);
        OptionRanges.require(spec, "--bottom", bottom, top == 0 ? 1 : 0, 1000);
        OptionRanges.require(spec, "--tolerance", tolerance, tolerance > 0 && tolerance < 1, "(0, 1)");
        OptionRanges.require(spec, "--largest-magnitude", largestMagnitude, 0, 1000);
        OptionRanges.require(
                spec,
                "--max-iterations",
                maxIterations,
                Math.max(1, Math.max(top + bottom, largestMagnitude)),
                100_000);
        if (traceProbes == 1) {
            throw new ParameterException(spec.commandLine(), "--trace must be 0 or in [2, 100000], was 1");
        }
        OptionRanges.require(spec, "--trace", traceProbes, 0, 100_000);
        density.checkRanges();
        try {
            precision = Precision.parse(precisionName);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        if (target.model == null && (density.file != null || lambda != 0)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--density and --lambda go with --model; a sweep uses" + " each point's own λ, a path ∇²E");
        }
        file.check(target.sweep != null, traceProbes);
        if (largestMagnitude > 0 && target.model == null && file.outCsv == null) {
            throw new ParameterException(
                    spec.commandLine(), "--largest-magnitude goes with --model, or --sweep with --out-csv");
        }
        if (!subsetClasses.equals("balanced") && !subsetClasses.equals("proportional")) {
            throw new ParameterException(
                    spec.commandLine(), "--subset-classes must be balanced or proportional, was " + subsetClasses);
        }
        if (subsetClasses.equals("proportional") && target.sweep == null) {
            throw new ParameterException(spec.commandLine(), "--subset-classes proportional goes with --sweep");
        }
        PrintWriter out = spec.commandLine().getOut();
        long subset = subsetSeed != null ? subsetSeed : seed;
        if (target.summarize != null) {
            SubsetSpreadTable.print(out, target.summarize);
        } else if (target.sweep != null) {
            DataRequest request = data.request(subset, 0);
            SweepFolder folder = SweepFolder.open(target.sweep);
            if (file.outCsv != null) {
                Subset train = subset(out, request, folder);
                file.run(out, folder, train.data(), train.seed(), largestMagnitude, settings());
            } else {
                try (FolderLock lock = FolderLock.acquire(target.sweep)) {
                    sweep(out, subset(out, request, folder).data(), folder);
                }
            }
        } else if (target.path != null) {
            DataRequest request = data.request(subset, DEFAULT_IMAGES);
            PathFolder.Rebuilt path = PathFolder.open(target.path);
            try (FolderLock lock = FolderLock.acquire(target.path)) {
                path(out, request, path);
            }
        } else {
            model(out, data.request(subset, DEFAULT_IMAGES));
        }
        out.flush();
        return 0;
    }

    private void model(PrintWriter out, DataRequest request) throws IOException {
        density.checkFile(target.model);
        SavedModel saved = ModelStore.load(target.model);
        density.checkFits(saved.spec().parameterCount());
        DatasetSplit split = DataOptions.load(spec, request, out::println);
        DataOptions.requireFits(spec, split, saved.spec());
        try (HessianProduct product = HessianProduct.of(precision, saved.spec(), split.train())) {
            HessianOperator hessian = new HessianOperator(product, saved.theta(), lambda);
            long start = System.nanoTime();
            Spectrum spectrum = Lanczos.extremes(
                    hessian, top, bottom, largestMagnitude, tolerance, maxIterations, seed, JobControl.none());
            out.printf(
                    Locale.ROOT,
                    "Hessian of %s on %s, λ = %g (β = %g), %s products: %d Lanczos steps, %s, %.1f s%n",
                    lambda == 0 ? "E" : "L_λ",
                    split.train(),
                    lambda,
                    2 * lambda,
                    precision.id(),
                    spectrum.iterations(),
                    spectrum.converged() ? "converged" : "NOT converged (raise --max-iterations)",
                    seconds(start));
            out.println("top:    " + format(spectrum.top()));
            out.println("bottom: " + format(spectrum.bottom()));
            if (largestMagnitude > 0) {
                out.println("largest |λ|: " + format(spectrum.largestMagnitude()));
            }
            out.printf(
                    Locale.ROOT,
                    "index of L_λ (negative eigenvalues among those computed): %d%n",
                    Arrays.stream(spectrum.bottom()).filter(v -> v < 0).count());
            if (traceProbes > 0) {
                start = System.nanoTime();
                TraceEstimate trace = Hutchinson.trace(hessian, traceProbes, seed, JobControl.none());
                out.printf(
                        Locale.ROOT,
                        "trace (Hutchinson, %d probes): %.6g ± %.2g, %.1f s%n",
                        traceProbes,
                        trace.trace(),
                        trace.standardError(),
                        seconds(start));
            }
            density.write(out, hessian, seed);
        }
    }

    /** The sweep's training set, or a stratified subset of it drawn with {@code request}'s seed. */
    private Subset subset(PrintWriter out, DataRequest request, SweepFolder folder) {
        Dataset train = folder.spec().data().load(out::println).train();
        if (request.trainSize() > 0 && request.trainSize() < train.size()) {
            return new Subset(
                    subsetClasses.equals("proportional")
                            ? StratifiedSubset.proportionalOfSize(train, request.trainSize(), request.seed())
                            : StratifiedSubset.ofSize(train, request.trainSize(), request.seed()),
                    OptionalLong.of(request.seed()));
        }
        if (request.trainSize() > train.size()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--subset " + request.trainSize() + " is more than the " + train.size()
                            + " training images of the sweep");
        }
        return new Subset(train, OptionalLong.empty());
    }

    /** Training data and the seed of its subset (empty for the whole set). */
    private record Subset(Dataset data, OptionalLong seed) {}

    private void sweep(PrintWriter out, Dataset train, SweepFolder folder) throws IOException {
        out.printf(
                "Spectra of %s on %s, %s products (λ_min(∇²L_λ) = λ_min(∇²E) + 2λ; index = eigenvalues of"
                        + " ∇²L_λ below 0)%n",
                folder.root(), train, precision.id());
        out.printf("%s %12s %6s %s%n", PointSpectrumLine.HEADER, "trace_E", "steps", "seconds");
        out.flush();
        List<PointSpectrum> rows = SweepSpectra.run(
                folder,
                train,
                settings(),
                s -> {
                    out.printf(
                            Locale.ROOT,
                            "%s %12.5g %6d %.1f%s%n",
                            PointSpectrumLine.of(s),
                            s.trace(),
                            s.iterations(),
                            s.seconds(),
                            s.converged() ? "" : "  (not converged)");
                    out.flush();
                },
                JobControl.none());
        out.printf("%d points in %s%n", rows.size(), folder.root().resolve(SweepFolder.SPECTRA));
    }

    private void path(PrintWriter out, DataRequest request, PathFolder.Rebuilt path) throws IOException {
        DatasetSplit split = DataOptions.load(spec, request, out::println);
        DataOptions.requireFits(spec, split, path.network());
        Dataset train = split.train();
        Path file = target.path.resolve(PathSpectraCsv.FILE);
        out.printf(
                "Spectra of ∇²E along %s (%s) on %s, %s products%n",
                target.path, path.profile().kind(), train, precision.id());
        out.printf("%10s %12s %12s %5s %12s %6s %s%n", "t", "min_E", "max_E", "index", "trace_E", "steps", "seconds");
        out.flush();
        List<PathSpectrum> rows = PathSpectra.run(
                file,
                path.network(),
                path.theta(),
                path.profile().t(),
                train,
                settings(),
                s -> {
                    out.printf(
                            Locale.ROOT,
                            "%10.4f %12.5g %12.5g %5d %12.5g %6d %.1f%s%n",
                            s.t(),
                            s.minE(),
                            s.maxE(),
                            s.index(),
                            s.trace(),
                            s.iterations(),
                            s.seconds(),
                            s.converged() ? "" : "  (not converged)");
                    out.flush();
                },
                JobControl.none());
        out.printf("%d points in %s%n", rows.size(), file);
    }

    private SpectraSettings settings() {
        return new SpectraSettings(top, bottom, tolerance, maxIterations, traceProbes, seed, precision);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String format(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double v : values) {
            text.append(String.format(Locale.ROOT, "%.5g ", v));
        }
        return text.toString().trim();
    }
}
