package io.phasescope.app.cli;

import io.phasescope.model.curvature.MagnitudeSpectra;
import io.phasescope.model.curvature.MagnitudeSpectraCsv;
import io.phasescope.model.curvature.MagnitudeSpectrum;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.PointSelection;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of {@code spectrum --sweep DIR --out-csv FILE}: the eigenvalues of largest magnitude of ∇²E with the
 * top and bottom ones at chosen kept points, appended to FILE ({@link MagnitudeSpectraCsv}) under the lock of
 * FILE's folder, resumable.
 */
final class SpectraFileOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--out-csv",
            paramLabel = "FILE",
            description = "With --sweep: append one row per chosen kept point to FILE (largest-magnitude, bottom and"
                    + " top eigenvalues of ∇²E, λ_min(∇²L_λ), index, images, subset seed, precision; resumable)"
                    + " instead of the folder's spectra.csv.")
    Path outCsv;

    @Option(
            names = "--near-transitions",
            paramLabel = "Δλ",
            description = "With --out-csv: the kept points within Δλ of a transition's bracket (both sides).")
    Double nearTransitions;

    @Option(
            names = "--others-every",
            paramLabel = "N",
            description = "With --out-csv: also every N-th of the other kept points (the 1st, (N+1)-th, … of each"
                    + " walk); alone, every N-th kept point.")
    Integer othersEvery;

    @Option(
            names = "--at-lambda",
            paramLabel = "λ[,λ]",
            hideParamSyntax = true,
            split = ",",
            description = "With --out-csv: the kept point nearest each λ (comma-separated), instead of the above.")
    List<Double> atLambda;

    /** Whether any option of this group was given. */
    boolean given() {
        return outCsv != null || nearTransitions != null || othersEvery != null || atLambda != null;
    }

    /** Usage errors for options that do not go together, before anything is loaded. */
    void check(boolean sweep, int traceProbes) {
        if (given() && (!sweep || outCsv == null)) {
            throw usage("--out-csv, --near-transitions, --others-every and --at-lambda go with --sweep and --out-csv");
        }
        if (outCsv == null) {
            return;
        }
        if (traceProbes > 0) {
            throw usage("--trace does not go with --out-csv (its file has no trace column)");
        }
        if (atLambda != null && (nearTransitions != null || othersEvery != null)) {
            throw usage("--at-lambda chooses the points itself; leave out --near-transitions and --others-every");
        }
        if (nearTransitions != null) {
            OptionRanges.require(
                    command,
                    "--near-transitions",
                    nearTransitions,
                    nearTransitions >= 0 && Double.isFinite(nearTransitions),
                    "[0, ∞)");
        }
        if (othersEvery != null) {
            OptionRanges.require(command, "--others-every", othersEvery, 0, 1_000_000);
        }
        if (atLambda != null) {
            for (double lambda : atLambda) {
                OptionRanges.require(command, "--at-lambda", lambda, Double.isFinite(lambda), "finite λ");
            }
        }
    }

    /** Computes the missing rows and prints each as it comes. */
    void run(
            PrintWriter out,
            SweepFolder folder,
            Dataset train,
            OptionalLong subsetSeed,
            int largestMagnitude,
            SpectraSettings settings)
            throws IOException {
        OutputGuard.file(command, "--out-csv", outCsv, List.of(folder.root()));
        Path parent = outCsv.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent) || Files.isDirectory(outCsv)) {
            throw usage("--out-csv " + outCsv + ": "
                    + (Files.isDirectory(outCsv) ? "is a folder" : "the folder " + parent + " does not exist"));
        }
        List<SweepPoint> points = points(out, folder);
        out.printf(
                "%d points of %s on %s, %s products, %d largest-magnitude eigenvalues of ∇²E → %s%n",
                points.size(), folder.root(), train, settings.precision().id(), largestMagnitude, outCsv);
        out.printf("%s %6s %9s %s%n", PointSpectrumLine.HEADER, "steps", "seconds", "largest |λ|");
        out.flush();
        try (FolderLock lock = FolderLock.acquire(parent)) {
            List<MagnitudeSpectrum> rows = MagnitudeSpectra.run(
                    folder,
                    points,
                    train,
                    subsetSeed,
                    largestMagnitude,
                    settings,
                    outCsv,
                    row -> print(out, row),
                    JobControl.none());
            out.printf("%d rows in %s%n", rows.size(), outCsv);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }

    private List<SweepPoint> points(PrintWriter out, SweepFolder folder) throws IOException {
        List<SweepPoint> kept = PointSelection.kept(folder);
        if (kept.isEmpty()) {
            out.printf(
                    "%s keeps no parameters (params/ or state/): resume or rerun the sweep to regenerate them%n",
                    folder.root());
        }
        if (atLambda != null) {
            return PointSelection.nearest(kept, atLambda);
        }
        if (nearTransitions == null && othersEvery == null) {
            return kept;
        }
        List<Transition> transitions = nearTransitions == null ? List.of() : SweepOverlay.transitions(folder);
        for (Transition t : transitions) {
            out.printf(
                    Locale.ROOT,
                    "transition %s seed %d (%s): λ in [%.6g, %.6g]%n",
                    t.branch().id(),
                    t.seed(),
                    t.kind().name().toLowerCase(Locale.ROOT),
                    t.bracketLow(),
                    t.bracketHigh());
        }
        return PointSelection.nearTransitions(
                kept,
                transitions,
                nearTransitions == null ? 0 : nearTransitions,
                othersEvery == null ? 0 : othersEvery);
    }

    private static void print(PrintWriter out, MagnitudeSpectrum row) {
        PointSpectrum s = row.extremes();
        StringBuilder largest = new StringBuilder();
        for (int i = 0; i < Math.min(5, row.largestMagnitude().length); i++) {
            largest.append(String.format(Locale.ROOT, "%.5g ", row.largestMagnitude()[i]));
        }
        out.printf(
                Locale.ROOT,
                "%s %6d %9.1f %s%s%n",
                PointSpectrumLine.of(s),
                s.iterations(),
                s.seconds(),
                largest.toString().trim() + (row.largestMagnitude().length > 5 ? " …" : ""),
                s.converged() ? "" : "  (not converged)");
        out.flush();
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
