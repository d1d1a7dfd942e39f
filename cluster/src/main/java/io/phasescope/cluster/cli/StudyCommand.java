package io.phasescope.cluster.cli;

import io.phasescope.cluster.spark.SparkSettings;
import io.phasescope.cluster.spark.StudyRunner;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.study.StudyCostEstimate;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudyPath;
import io.phasescope.model.study.StudySpec;
import io.phasescope.model.study.StudySpecJson;
import io.phasescope.model.study.StudySpectra;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.sweep.SweepFormatException;
import java.io.PrintWriter;
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

/** {@code phasescope study}: runs or resumes a study's sweeps on Spark into a study folder. */
@Command(
        name = "study",
        mixinStandardHelpOptions = true,
        description = {
            "Run a study (many Pathfinder sweeps: a base sweep varied over seeds, data sets, activations, widths and"
                    + " learning rates, and/or a list of sweeps) on Spark into --out; rerun to resume.",
            "Each sweep of one seed is one Spark task on one core, written to OUT/sweeps/<task>/."
        })
final class StudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The study spec (JSON).")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR", description = "The study folder (created or resumed).")
    Path out;

    @Option(
            names = "--master",
            paramLabel = "URL",
            defaultValue = "local[*]",
            description = "local[*], local[N], spark://HOST:PORT (standalone), yarn or k8s://HOST:PORT (passed to Spark"
                    + " unchanged; see docs/scaling.md). Default: ${DEFAULT-VALUE}.")
    String master;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "A folder, shared by every worker, with the MNIST or Fashion-MNIST IDX files (default:"
                    + " each worker's verified cache).")
    Path data;

    @Option(names = "--dry-run", description = "Print the tasks with their estimated CPU time, and exit.")
    boolean dryRun;

    @Option(
            names = "--no-ui",
            negatable = true,
            description = "Serve Spark's web UI while the study runs (default on).")
    boolean ui = true;

    /** Spark's cluster manager for {@code k8s://} masters, in {@code spark-kubernetes}. */
    private static final String KUBERNETES = "org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager";

    @Override
    public Integer call() throws Exception {
        StudySpec study;
        SparkSettings settings;
        try {
            study = StudySpecJson.read(specFile);
            settings = new SparkSettings(master, ui);
        } catch (SweepFormatException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (master.equals("yarn")
                && System.getenv("HADOOP_CONF_DIR") == null
                && System.getenv("YARN_CONF_DIR") == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--master yarn needs HADOOP_CONF_DIR or YARN_CONF_DIR: the folder of the cluster's client"
                            + " configuration (yarn-site.xml), as spark-submit does");
        }
        if (master.startsWith("k8s://") && !onClassPath(KUBERNETES)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--master " + master + ": Spark's Kubernetes support is not in this build; submit the study with"
                            + " spark-submit from a Spark 4.0 distribution, as docs/scaling.md (YARN and Kubernetes)"
                            + " shows");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (dryRun) {
            printTasks(study, stdout);
            return 0;
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        if (data != null && !Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "--data " + data + " is not a folder");
        }
        Files.createDirectories(out);
        try (FolderLock lock = FolderLock.acquire(out)) {
            StudyFolder folder;
            try {
                folder = StudyFolder.openOrCreate(out, study);
            } catch (IllegalArgumentException | SweepFormatException e) {
                throw new ParameterException(spec.commandLine(), "--out " + e.getMessage(), e);
            }
            stdout.printf(
                    "Study '%s' in %s: %d tasks%n",
                    study.name(), out, folder.tasks().size());
            stdout.flush();
            return new StudyRunner(folder, settings, data, stdout).run(study) == 0 ? 0 : 1;
        }
    }

    private static void printTasks(StudySpec study, PrintWriter out) {
        List<StudyTask> tasks = study.tasks();
        StudySpectra spectra = study.spectra();
        StudyCostEstimate estimate = new StudyCostEstimate(message -> {
            out.println(message);
            out.flush();
        });
        double[] seconds = tasks.stream().mapToDouble(estimate::cpuSeconds).toArray();
        out.printf("%-48s %6s %12s%n", "task", "steps", "est. CPU s");
        double spectraSeconds = 0;
        int points = 0;
        for (int i = 0; i < tasks.size(); i++) {
            StudyTask task = tasks.get(i);
            out.printf(
                    Locale.ROOT, "%-48s %6d %12.0f%n", task.id(), task.sweep().totalSteps(), seconds[i]);
            if (spectra != null) {
                int kept = StudyCostEstimate.keptPoints(task);
                double each = estimate.spectrumCpuSeconds(task, spectra);
                out.printf(
                        Locale.ROOT,
                        "  + spectra: %s%d kept points, one task each, %.1f s each%n",
                        spectra.selects() ? "a selection of up to " : "about ",
                        kept,
                        each);
                spectraSeconds += kept * each;
                points += kept;
            }
        }
        double total = java.util.Arrays.stream(seconds).sum();
        out.printf(
                Locale.ROOT,
                "%d tasks, estimated %.2f CPU hours (%.0f s: each network's epoch and evaluation timed on this machine,"
                        + " twice the patience in epochs per step, grid points only)%n",
                tasks.size(),
                total / 3600,
                total);
        for (StudyPath path : study.paths()) {
            StudyTask a = tasks.stream()
                    .filter(t -> t.id().equals(path.a()))
                    .findFirst()
                    .orElseThrow();
            out.printf(
                    Locale.ROOT,
                    "path %s: %s, %s to %s at λ = %s, %s, estimated %.1f CPU s%n",
                    path.name(),
                    path.kind(),
                    path.a(),
                    path.b(),
                    path.lambda(),
                    switch (path.kind()) {
                        case "linear" -> path.resolution() + " points";
                        case "bezier" -> path.resolution() + " points, " + path.epochs() + " epochs";
                        default -> path.grid().values().length + " λ steps";
                    },
                    estimate.pathCpuSeconds(a, path));
        }
        if (spectra != null) {
            out.printf(
                    Locale.ROOT,
                    "+ up to %d spectra tasks, estimated %.2f CPU hours (%.0f s: %.1f Lanczos steps per eigenvalue,"
                            + " a Hessian-vector product as two gradients)%n",
                    points,
                    spectraSeconds / 3600,
                    spectraSeconds,
                    StudyCostEstimate.LANCZOS_STEPS_PER_VALUE);
        }
        out.flush();
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, StudyCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
