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
 * the throughput of local[2] against the sequential run, and Spark's overhead per task: (local[1] − sequential) /
 * tasks in wall and in CPU time (the JVM's, which other work on the machine does not inflate), Spark's start-up
 * included. The first task runs once first, untimed, so that no run pays the JIT's
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
        runSweep(tasks.get(0).sweep(), root.resolve("warm-up")); // untimed: the JIT compiles the engine
        Timed sequential = Timed.of(() -> sequential(tasks, root.resolve("sequential")));
        print(stdout, "sequential, one JVM, no Spark", sequential);
        Timed one = Timed.of(() -> onSpark(study, "local[1]", root.resolve("local1")));
        print(stdout, "Spark local[1]", one);
        Timed two = Timed.of(() -> onSpark(study, "local[2]", root.resolve("local2")));
        print(stdout, "Spark local[2]", two);
        stdout.printf(
                Locale.ROOT,
                "throughput local[2] / sequential: %.2fx (wall); Spark overhead per task, (local[1] - sequential) / %d"
                        + " tasks: %.2f s wall, %.2f s CPU%n",
                sequential.wall() / two.wall(),
                tasks.size(),
                (one.wall() - sequential.wall()) / tasks.size(),
                (one.cpu() - sequential.cpu()) / tasks.size());
        stdout.flush();
        return 0;
    }

    private static void print(PrintWriter out, String run, Timed timed) {
        out.printf(
                Locale.ROOT,
                "%-32s %7.1f s wall %7.1f s CPU (this JVM: %.2f cores busy on average)%n",
                run + ":",
                timed.wall(),
                timed.cpu(),
                timed.cpu() / timed.wall());
        out.flush();
    }

    /** The wall and CPU seconds (all of this JVM's threads) of a run. */
    private record Timed(double wall, double cpu) {

        interface Run {
            void run() throws IOException;
        }

        static Timed of(Run run) throws IOException {
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            run.run();
            return new Timed((System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }

    private static void sequential(List<StudyTask> tasks, Path root) throws IOException {
        for (StudyTask task : tasks) {
            runSweep(task.sweep(), root.resolve(task.id()));
        }
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

    private static void onSpark(StudySpec study, String master, Path root) throws IOException {
        Files.createDirectories(root);
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
    }
}
