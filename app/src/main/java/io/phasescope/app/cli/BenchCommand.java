package io.phasescope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.data.MnistCache;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceComputer;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.landscape.SliceSpec;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Precision;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope bench}: times the engine on the paper network and full MNIST, optionally side by side
 * with the PyTorch reference script. Figures are medians over repeats; see docs/benchmarks.md.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Time the engine on the paper network (784-128-128-10 sigmoid, Adam, batch 64, full MNIST).",
            "With --compare, also run bench/pytorch_reference.py and print ours/PyTorch ratios."
        })
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of MNIST IDX files (default: the cache).")
    Path folder;

    @Option(names = "--epochs", defaultValue = "3", description = "Timed epochs (median). Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(
            names = "--evals",
            defaultValue = "30",
            description = "Timed full-test evaluations (median). Default: ${DEFAULT-VALUE}.")
    int evals;

    @Option(names = "--compare", description = "Also run the PyTorch reference and print ratios ours/PyTorch.")
    boolean compare;

    @Option(
            names = "--python",
            defaultValue = "/usr/bin/python3",
            description = "Python with Debian's python3-torch, for --compare. Default: ${DEFAULT-VALUE}.")
    String python;

    @Option(
            names = "--reference",
            defaultValue = "bench/pytorch_reference.py",
            description = "The PyTorch reference script. Default: ${DEFAULT-VALUE}.")
    Path reference;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || evals < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--epochs and --evals must be >= 1, were " + epochs + " and " + evals);
        }
        if (compare && !isProgram(python)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--python " + python + " is not an executable file; install python3-torch");
        }
        if (compare && !Files.isRegularFile(reference)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--reference: PyTorch reference script not found at " + reference.toAbsolutePath()
                            + "; run from the repository root or pass --reference");
        }
        folder = PhasescopeCommand.dataFolder(spec, folder);
        out = spec.commandLine().getOut();
        DatasetSplit data = new DataRequest(DataRequest.Kind.MNIST, 0, 0, 1, folder).load(m -> {});
        NetworkSpec network = NetworkSpec.paper(1);
        out.printf(
                "Phasescope bench: %s, %s, OMP_NUM_THREADS=%s%n",
                network.describe(), data.train(), System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"));
        out.flush();
        double epochSeconds = medianEpochSeconds(network, data);
        line("epoch (1 thread)", epochSeconds, "s");
        double concurrentSeconds = concurrentEpochSeconds(network, data);
        line("2 concurrent epochs, longer", concurrentSeconds, "s");
        line("training throughput 2 vs 1", 2 * epochSeconds / concurrentSeconds, "x");
        double evalsSingle = evaluationsPerSecond(network, data.test(), 1);
        line("test evals/s, 1 worker", evalsSingle, "/s");
        double evalsBoth = evaluationsPerSecond(network, data.test(), 2);
        line("test evals/s, 2 workers", evalsBoth, "/s");
        double gradientSeconds = gradientSeconds(network, data.train());
        line("gradient on 10k examples", gradientSeconds, "s");
        double hvpSeconds = hvpSeconds(network, data.train(), Precision.FLOAT);
        line("Hessian-vector product on 10k", hvpSeconds, "s");
        line("HVP / gradient", hvpSeconds / gradientSeconds, "x");
        double doubleHvpSeconds = hvpSeconds(network, data.train(), Precision.DOUBLE);
        line("double HVP on 10k", doubleHvpSeconds, "s");
        line("double HVP / float HVP", doubleHvpSeconds / hvpSeconds, "x");
        double[] grid = gridSeconds(network, data.test());
        line("41x41 grid, first picture", grid[0], "s");
        line("41x41 grid, total", grid[1], "s");
        line("peak RSS", peakRssMiB(), "MiB");
        if (compare) {
            JsonNode torch = runReference();
            double torchEpoch = torch.get("epoch_seconds").asDouble();
            double torchEvals = torch.get("evals_per_second").asDouble();
            out.printf(
                    "PyTorch %s, %d threads: epoch %.3f s, %.1f evals/s, gradient10k %.4f s, hvp10k %.4f s%n",
                    torch.get("torch").asText(),
                    torch.get("threads").asInt(),
                    torchEpoch,
                    torchEvals,
                    torch.get("gradient10k_seconds").asDouble(),
                    torch.get("hvp10k_seconds").asDouble());
            out.printf(
                    "gradient_ratio=%.3f hvp_ratio=%.3f%n",
                    gradientSeconds / torch.get("gradient10k_seconds").asDouble(),
                    hvpSeconds / torch.get("hvp10k_seconds").asDouble());
            out.printf(
                    "epoch_ratio=%.3f eval_ratio=%.3f%n",
                    epochSeconds / torchEpoch, torchEvals / Math.max(evalsSingle, evalsBoth));
        }
        out.flush();
        return 0;
    }

    private double medianEpochSeconds(NetworkSpec network, DatasetSplit data) {
        TrainingOptions options = TrainingOptions.defaults().withEpochs(1, 1);
        double[] seconds = new double[epochs];
        try (MlpEngine engine = new MlpEngine(network, XavierInit.initialize(network), options)) {
            oneEpoch(engine, data, options);
            for (int i = 0; i < epochs; i++) {
                seconds[i] = oneEpoch(engine, data, options.withShuffleSeed(i + 2));
            }
        }
        return median(seconds);
    }

    private static double oneEpoch(MlpEngine engine, DatasetSplit data, TrainingOptions options) {
        return Trainer.fit(engine, data, options, TrainingListener.none(), JobControl.none(), false)
                .history()
                .get(0)
                .seconds();
    }

    /**
     * Two epochs trained at once on two threads, each with its own engine: the longer of the two epochs'
     * training times (the same measure as the single epoch, without the final evaluation), after one
     * warm-up round that makes both engines resident.
     */
    private double concurrentEpochSeconds(NetworkSpec network, DatasetSplit data) throws Exception {
        TrainingOptions options = TrainingOptions.defaults().withEpochs(1, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Double>> runs = new ArrayList<>();
            for (int seed = 1; seed <= 2; seed++) {
                NetworkSpec seeded = network.withInitSeed(seed);
                runs.add(pool.submit(() -> {
                    try (MlpEngine engine = new MlpEngine(seeded, XavierInit.initialize(seeded), options)) {
                        oneEpoch(engine, data, options);
                        return oneEpoch(engine, data, options.withShuffleSeed(7));
                    }
                }));
            }
            double longest = 0;
            for (Future<Double> run : runs) {
                longest = Math.max(longest, run.get());
            }
            return longest;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Full-test loss evaluations per second with {@code workers} engines evaluating concurrently. */
    private double evaluationsPerSecond(NetworkSpec network, Dataset test, int workers) throws Exception {
        float[] theta = XavierInit.initialize(network);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<double[]>> runs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                runs.add(pool.submit(() -> {
                    try (MlpEngine engine = new MlpEngine(network, theta, TrainingOptions.defaults())) {
                        engine.predict(test);
                        double[] seconds = new double[evals];
                        for (int i = 0; i < evals; i++) {
                            long start = System.nanoTime();
                            engine.predict(test);
                            seconds[i] = (System.nanoTime() - start) / 1e9;
                        }
                        return seconds;
                    }
                }));
            }
            double rate = 0;
            for (Future<double[]> run : runs) {
                rate += 1.0 / median(run.get());
            }
            return rate;
        } finally {
            pool.shutdownNow();
        }
    }

    private double gradientSeconds(NetworkSpec network, Dataset train) {
        Dataset first10k = train.subset("first 10k", IntStream.range(0, 10_000).toArray());
        float[] gradient = new float[network.parameterCount()];
        try (MlpEngine engine = new MlpEngine(network, XavierInit.initialize(network), TrainingOptions.defaults())) {
            engine.gradient(first10k, gradient);
            double[] seconds = new double[10];
            for (int i = 0; i < seconds.length; i++) {
                long start = System.nanoTime();
                engine.gradient(first10k, gradient);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            return median(seconds);
        }
    }

    /** Median of 10 products over the first 10k images in {@code precision}, after one warm-up product. */
    private static double hvpSeconds(NetworkSpec network, Dataset train, Precision precision) {
        Dataset first10k = train.subset("first 10k", IntStream.range(0, 10_000).toArray());
        float[] theta = XavierInit.initialize(network);
        float[] init = XavierInit.initialize(network.withInitSeed(2));
        double[] v = new double[init.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = init[i];
        }
        double[] out = new double[theta.length];
        try (HessianProduct product = HessianProduct.of(precision, network, first10k)) {
            product.apply(theta, v, out);
            double[] seconds = new double[10];
            for (int i = 0; i < seconds.length; i++) {
                long start = System.nanoTime();
                product.apply(theta, v, out);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            return median(seconds);
        }
    }

    /** Time to the first (coarsest) level and to the whole 41×41 slice of E on the test set, JIT warmed up. */
    private static double[] gridSeconds(NetworkSpec network, Dataset test) {
        float[] theta = XavierInit.initialize(network);
        SliceSpec slice = new SliceSpec(
                network,
                theta,
                Directions.filterNormalized(network, theta, 1, Directions.BiasMode.ZERO),
                Directions.filterNormalized(network, theta, 2, Directions.BiasMode.ZERO),
                -1,
                1,
                -1,
                1,
                41,
                SliceQuantity.loss());
        SliceComputer.compute(slice, test, 2, level -> {}, JobControl.none());
        long start = System.nanoTime();
        double[] first = {Double.NaN};
        SliceComputer.compute(
                slice,
                test,
                2,
                level -> {
                    if (Double.isNaN(first[0])) {
                        first[0] = (System.nanoTime() - start) / 1e9;
                    }
                },
                JobControl.none());
        return new double[] {first[0], (System.nanoTime() - start) / 1e9};
    }

    /** Whether {@code program} names an executable file, directly or (without a slash) on the PATH. */
    private static boolean isProgram(String program) {
        if (program.isBlank()) {
            return false;
        }
        List<Path> candidates = program.contains("/")
                ? List.of(Path.of(program))
                : Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                        .filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, program))
                        .toList();
        return candidates.stream().anyMatch(p -> Files.isRegularFile(p) && Files.isExecutable(p));
    }

    private JsonNode runReference() throws IOException, InterruptedException {
        Path dataFolder = folder != null ? folder : MnistCache.defaultFolder();
        out.println("Running " + reference + " (PyTorch) ...");
        out.flush();
        Process process = new ProcessBuilder(
                        python,
                        reference.toString(),
                        "--data",
                        dataFolder.toString(),
                        "--epochs",
                        Integer.toString(epochs),
                        "--evals",
                        Integer.toString(evals))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(reference + " failed (exit " + process.exitValue() + "); is python3-torch installed?"
                    + " apt-get install python3-torch libopenblas0-openmp");
        }
        String[] lines = output.strip().split("\n");
        return Json.MAPPER.readTree(lines[lines.length - 1]);
    }

    private void line(String what, double value, String unit) {
        out.printf("%-30s %10.3f %s%n", what, value, unit);
        out.flush();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** VmHWM of this process, the peak resident set size, in MiB (NaN where /proc is absent). */
    private static double peakRssMiB() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
