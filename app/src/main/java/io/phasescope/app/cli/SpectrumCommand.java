package io.phasescope.app.cli;

import io.phasescope.model.curvature.HessianOperator;
import io.phasescope.model.curvature.Lanczos;
import io.phasescope.model.curvature.Spectrum;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code phasescope spectrum}: extreme Hessian eigenvalues of a trained model on its training data. */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
        description = {"Top-k and bottom-k eigenvalues of ∇²E (+ 2λI for L_λ) by Lanczos on exact Hessian-vector products.",
            "Evaluated on the training subset (--subset, default 10000 images)."})
final class SpectrumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model folder.")
    Path model;

    @Option(names = "--lambda", defaultValue = "0", description = "λ: the spectrum of ∇²E + 2λI (β = 2λ). Default: ${DEFAULT-VALUE}.")
    double lambda;

    @Option(names = "--top", defaultValue = "20", description = "Largest eigenvalues. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--bottom", defaultValue = "5", description = "Smallest eigenvalues. Default: ${DEFAULT-VALUE}.")
    int bottom;

    @Option(names = "--tolerance", defaultValue = "1e-3", description = "Relative residual. Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--max-iterations", defaultValue = "300", description = "Lanczos steps. Default: ${DEFAULT-VALUE}.")
    int maxIterations;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the start vector and subsets.")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (data.trainSize == 0) {
            data.trainSize = 10_000;
        }
        if (lambda < 0 || top < 0 || bottom < 0 || top + bottom < 1) {
            throw new ParameterException(spec.commandLine(), "need λ >= 0 and top + bottom >= 1");
        }
        SavedModel saved = ModelStore.load(model);
        PrintWriter out = spec.commandLine().getOut();
        DatasetSplit split = data.request(seed).load(out::println);
        long start = System.nanoTime();
        Spectrum spectrum;
        try (HessianVectorProduct product = new HessianVectorProduct(saved.spec(), split.train())) {
            spectrum = Lanczos.extremes(new HessianOperator(product, saved.theta(), lambda), top, bottom, tolerance,
                    maxIterations, seed, JobControl.none());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Hessian of %s on %s, λ = %g (β = %g): %d Lanczos steps, %s, %.1f s%n",
                lambda == 0 ? "E" : "L_λ", split.train(), lambda, 2 * lambda, spectrum.iterations(),
                spectrum.converged() ? "converged" : "NOT converged (raise --max-iterations)", seconds);
        out.println("top:    " + format(spectrum.top()));
        out.println("bottom: " + format(spectrum.bottom()));
        out.printf(Locale.ROOT, "index of L_λ (negative eigenvalues among those computed): %d%n",
                Arrays.stream(spectrum.bottom()).filter(v -> v < 0).count());
        out.flush();
        return 0;
    }

    private static String format(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double v : values) {
            text.append(String.format(Locale.ROOT, "%.5g ", v));
        }
        return text.toString().trim();
    }
}
