package io.phasescope.app.cli;

import io.phasescope.model.curvature.HessianOperator;
import io.phasescope.model.curvature.SpectralDensity;
import io.phasescope.model.curvature.StochasticLanczosQuadrature;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spectrum --model DIR --density FILE}: the spectral density of ∇²E + 2λI by stochastic Lanczos quadrature,
 * broadened by a Gaussian and written to FILE as {@code eigenvalue,density} on a grid of {@value #GRID} points.
 */
final class DensityOptions {

    private static final int GRID = 400;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--density",
            paramLabel = "FILE",
            description = "With --model: write the spectral density of ∇²E + 2λI (CSV eigenvalue,density) to FILE.")
    Path file;

    @Option(
            names = "--density-probes",
            paramLabel = "N",
            defaultValue = "5",
            description = "SLQ probes. Default: ${DEFAULT-VALUE}.")
    int probes;

    @Option(
            names = "--density-steps",
            paramLabel = "N",
            defaultValue = "80",
            description = "SLQ Lanczos steps per probe. Default: ${DEFAULT-VALUE}.")
    int steps;

    /** Range checks of the counts (usage errors). */
    void checkRanges() {
        OptionRanges.require(command, "--density-probes", probes, 1, 10_000);
        OptionRanges.require(command, "--density-steps", steps, 1, 100_000);
    }

    /**
     * Usage errors before the model is loaded: FILE would overwrite an input or a Phasescope file, is a folder, or
     * its folder does not exist.
     */
    void checkFile(Path model) {
        if (file == null) {
            return;
        }
        OutputGuard.file(command, "--density", file, List.of(model));
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent) || Files.isDirectory(file)) {
            throw new ParameterException(
                    command.commandLine(),
                    "--density " + file + ": "
                            + (Files.isDirectory(file) ? "is a folder" : "the folder " + parent + " does not exist"));
        }
    }

    /** A usage error when the Lanczos vectors of {@code parameters} parameters would not fit in the heap. */
    void checkFits(int parameters) {
        if (file == null) {
            return;
        }
        try {
            StochasticLanczosQuadrature.requireFits(parameters, Math.min(steps, parameters));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--density-steps: " + e.getMessage(), e);
        }
    }

    /** Computes the density of {@code hessian} from probes seeded by {@code seed} and writes FILE, if given. */
    void write(PrintWriter out, HessianOperator hessian, long seed) throws IOException {
        if (file == null) {
            return;
        }
        long start = System.nanoTime();
        int m = Math.min(steps, hessian.dimension());
        SpectralDensity slq = StochasticLanczosQuadrature.density(hessian, probes, m, seed, JobControl.none());
        double sigma = slq.defaultSigma();
        double[] grid = slq.grid(GRID, sigma);
        double[] values = slq.broadened(grid, sigma);
        StringBuilder csv = new StringBuilder("eigenvalue,density\n");
        for (int g = 0; g < GRID; g++) {
            csv.append(grid[g]).append(',').append(values[g]).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        out.printf(
                Locale.ROOT,
                "density (SLQ, %d probes × %d steps, Gaussian σ = %.3g): nodes in [%.5g, %.5g], "
                        + "mean eigenvalue %.5g, %.1f s; wrote %s%n",
                probes,
                m,
                sigma,
                slq.minNode(),
                slq.maxNode(),
                slq.moment(1),
                (System.nanoTime() - start) / 1e9,
                file);
    }
}
