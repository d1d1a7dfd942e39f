package io.phasescope.cluster.cli;

import io.phasescope.cluster.spark.SparkSettings;
import io.phasescope.cluster.spark.StudyRunner;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudySpec;
import io.phasescope.model.study.StudySpecJson;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope bench --study}: a small study's sweeps run one after another in this JVM with the model's
 * Pathfinder (no Spark), then as a study on {@code local[1]} and on {@code local[2]}, each into a fresh folder. Prints
 * the throughput of local[2] against the sequential run, and Spark's overhead per task: (local[1] wall − sequential
 * wall) / tasks, Spark's start-up included. A warm-up sweep runs first, untimed, so that no run pays the JIT's
 * warm-up alone.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "bench --study: a small study sequentially in one JVM, then on Spark local[1] and local[2]; prints the"
                    + " throughput ratio local[2] / sequential and Spark's overhead per task.",
            "Run it on an otherwise idle machine (docs/benchmarks.md)."
        })
final class StudyBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--study", required = true, description = "Benchmark studies on Spark (the only bench here).")
    boolean study;

    @Option(
            names = "--spec",
            paramLabel = "FILE",
            defaultValue = "docs/studies/bench.json",
            description = "The study to time (sweeps only). Default: ${DEFAULT-VALUE} (4 tiny patterns sweeps).")
    Path specFile;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Scratch folder for the three runs' folders (default: a new temporary folder).")
    Path out;

    @Override
    public Integer call() throws Exception {
        StudySpec study;
        try {
            study = StudySpecJson.read(specFile);
        } catch (SweepFormatException e) {
            throw new ParameterException(spec.commandLine(), "--spec " + e.getMessage(), e);
        }
        if (study.refineTolerance() != null || study.spectra() != null) {
            throw new ParameterException(
                    spec.commandLine(), "--spec: the bench times sweeps only; leave out refine" + " and spectra");
        }
        Path root = out != null ? Files.createDirectories(out) : Files.createTempDirectory("phasescope-bench-");
        PrintWriter stdout = spec.commandLine().getOut();
        List<StudyTask> tasks = study.tasks();
        stdout.printf("%d tasks of study '%s'; scratch folders in %s%n", tasks.size(), study.name(), root);
        stdout.flush();
        warmUp(tasks.get(0).sweep(), root.resolve("warm-up"));
        double sequential = sequential(tasks, root.resolve("sequential"));
        stdout.printf(Locale.ROOT, "sequential, one JVM, no Spark: %.1f s%n", sequential);
        stdout.flush();
        double one = onSpark(study, "local[1]", root.resolve("local1"));
        stdout.printf(Locale.ROOT, "Spark local[1]: %.1f s%n", one);
        stdout.flush();
        double two = onSpark(study, "local[2]", root.resolve("local2"));
        stdout.printf(Locale.ROOT, "Spark local[2]: %.1f s%n", two);
        stdout.printf(
                Locale.ROOT,
                "throughput local[2] / sequential: %.2fx; Spark overhead per task (local[1] - sequential) / %d tasks:"
                        + " %.2f s%n",
                sequential / two,
                tasks.size(),
                (one - sequential) / tasks.size());
        stdout.flush();
        return 0;
    }

    /** The first task's sweep on its first two grid points, untimed. */
    private static void warmUp(SweepSpec sweep, Path folder) throws IOException {
        double[] v = sweep.grid().values();
        SweepGrid two = v.length < 2
                ? sweep.grid()
                : v[0] > 0 ? SweepGrid.log(v[0], v[1], 2) : SweepGrid.linear(v[0], v[1], v[1] - v[0]);
        runSweep(sweep.withGrid(two), folder);
    }

    private static double sequential(List<StudyTask> tasks, Path root) throws IOException {
        long start = System.nanoTime();
        for (StudyTask task : tasks) {
            runSweep(task.sweep(), root.resolve(task.id()));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** What a study task does on an executor, here: the sweep into its folder under its lock, on one thread. */
    private static void runSweep(SweepSpec sweep, Path root) throws IOException {
        Files.createDirectories(root);
        try (FolderLock lock = FolderLock.acquire(root)) {
            Pathfinder.run(
                    SweepFolder.openOrCreate(root, sweep),
                    sweep.data().load(m -> {}),
                    1,
                    SweepListener.none(),
                    JobControl.none());
        }
    }

    private static double onSpark(StudySpec study, String master, Path root) throws IOException {
        Files.createDirectories(root);
        long start = System.nanoTime();
        try (FolderLock lock = FolderLock.acquire(root)) {
            StudyFolder folder = StudyFolder.openOrCreate(root, study);
            int failed = new StudyRunner(
                            folder, new SparkSettings(master, false), null, new PrintWriter(new StringWriter()))
                    .run(study);
            if (failed > 0) {
                throw new IOException(
                        failed + " tasks failed on " + master + "; see " + root.resolve(StudyFolder.MANIFEST));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
