package io.phasescope.cluster.spark;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudyPath;
import io.phasescope.model.study.StudyPathFolder;
import io.phasescope.model.study.StudySpec;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.study.SweepSummary;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The driver of a study: skips the tasks study.csv already holds, submits one single-task Spark job per other task
 * (all at once; the scheduler runs as many as there are cores) and, when the study refines transitions, one job per
 * transition of each finished sweep ({@link Refinement}) and, when it computes spectra, one job per kept point
 * ({@link SpectraJobs}); then one job per path whose two sweeps are done ({@link PathJobs}); as each sweep is complete it appends its row, updates
 * study.json and prints one line with the running total (tasks done, CPU time spent, ETA).
 */
public final class StudyRunner {

    private final StudyFolder folder;
    private final SparkSettings settings;
    private final Path data;
    private final PrintWriter out;

    /**
     * @param data a shared folder of the MNIST or Fashion-MNIST IDX files for every executor, or null for each
     *     executor's verified cache
     */
    public StudyRunner(StudyFolder folder, SparkSettings settings, Path data, PrintWriter out) {
        this.folder = folder;
        this.settings = settings;
        this.data = data;
        this.out = out;
    }

    /**
     * Runs every unfinished task, then every path not yet computed whose two sweeps are done.
     *
     * @return the number of tasks and paths that failed (each failed task is marked failed in study.json; a rerun
     *     tries them again)
     */
    public int run(StudySpec study) throws IOException {
        String studyName = study.name();
        Set<String> finished = folder.finished();
        List<StudyTask> pending =
                folder.tasks().stream().filter(t -> !finished.contains(t.id())).toList();
        int total = folder.tasks().size();
        List<StudyPath> paths = study.paths().stream()
                .filter(p -> !StudyPathFolder.done(folder.pathFolder(p)))
                .toList();
        if (pending.isEmpty() && paths.isEmpty()) {
            out.printf(
                    "All %d tasks%s of study '%s' are done already (study.csv); nothing to run.%n",
                    total,
                    study.paths().isEmpty() ? "" : " and " + study.paths().size() + " paths",
                    studyName);
            out.flush();
            return 0;
        }
        if (!finished.isEmpty()) {
            out.printf(
                    "Resuming: %d of %d tasks done already, skipped; %d to run.%n",
                    finished.size(), total, pending.size());
        }
        try (JavaSparkContext spark = new JavaSparkContext(settings.conf(studyName))) {
            spark.setLogLevel("WARN");
            out.printf(
                    "Spark %s, master %s, %d cores: %d tasks, one core each%s.%n",
                    spark.version(),
                    spark.master(),
                    spark.defaultParallelism(),
                    pending.size(),
                    spark.sc().uiWebUrl().isDefined()
                            ? "; Spark UI at " + spark.sc().uiWebUrl().get()
                            : "");
            out.flush();
            int failed = pending.isEmpty() ? 0 : await(spark, pending, finished.size(), total, study);
            Set<String> done = folder.finished();
            List<PathOrder> orders = paths.stream()
                    .filter(p -> done.contains(p.a()) && done.contains(p.b()))
                    .map(this::order)
                    .toList();
            paths.stream()
                    .filter(p -> !(done.contains(p.a()) && done.contains(p.b())))
                    .forEach(p ->
                            out.printf("[path] SKIPPED %s: %s and %s are not both done%n", p.name(), p.a(), p.b()));
            try {
                return failed + PathJobs.run(spark, orders, out) + paths.size() - orders.size();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the study's paths", e);
            }
        }
    }

    private PathOrder order(StudyPath path) {
        StudyTask a = task(path.a());
        try {
            return new PathOrder(
                    SweepSpecJson.toJson(withData(a.sweep())),
                    folder.sweepFolder(a).toAbsolutePath().toString(),
                    folder.sweepFolder(task(path.b())).toAbsolutePath().toString(),
                    folder.pathFolder(path).toAbsolutePath().toString(),
                    path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StudyTask task(String id) {
        return folder.tasks().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private int await(JavaSparkContext spark, List<StudyTask> pending, int already, int total, StudySpec study)
            throws IOException {
        Double refineTolerance = study.refineTolerance();
        ExecutorService waiters = Executors.newFixedThreadPool(Math.min(pending.size(), 64), r -> {
            Thread thread = new Thread(r, "study-waiter");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<SweepSummary> done = new ExecutorCompletionService<>(waiters);
            Map<Future<SweepSummary>, StudyTask> taskOf = new HashMap<>();
            for (StudyTask task : pending) {
                String sweepJson = SweepSpecJson.toJson(withData(task.sweep()));
                TaskOrder order = new TaskOrder(
                        task.id(),
                        sweepJson,
                        folder.sweepFolder(task).toAbsolutePath().toString());
                spark.setJobDescription(task.id());
                JavaFutureAction<List<SweepSummary>> job = spark.parallelize(List.of(order), 1)
                        .map(new SweepTask())
                        .collectAsync();
                Path root = folder.sweepFolder(task);
                Future<SweepSummary> wait = done.submit(() -> {
                    SweepSummary summary = job.get().get(0);
                    if (refineTolerance != null && !summary.lambdaC().isEmpty()) {
                        summary = Refinement.refine(spark, task, root, summary, refineTolerance);
                    }
                    if (study.spectra() != null) {
                        SpectraJobs.compute(spark, task, root, folder.spectraFolder(task), sweepJson, study.spectra());
                    }
                    return summary;
                });
                taskOf.put(wait, task);
            }
            folder.submitted(pending);
            return collect(done, taskOf, pending.size(), already, total, spark.defaultParallelism());
        } finally {
            waiters.shutdownNow();
        }
    }

    private int collect(
            CompletionService<SweepSummary> done,
            Map<Future<SweepSummary>, StudyTask> taskOf,
            int count,
            int already,
            int total,
            int cores)
            throws IOException {
        long start = System.nanoTime();
        double cpu = 0;
        int failed = 0;
        for (int i = 1; i <= count; i++) {
            Future<SweepSummary> next;
            try {
                next = done.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the study's tasks", e);
            }
            StudyTask task = taskOf.get(next);
            String line;
            try {
                SweepSummary summary = next.get();
                folder.finish(summary);
                cpu += summary.wallSeconds();
                line = String.format(
                        Locale.ROOT,
                        "done %s: %d full + %d partial transitions, λ_c %s, %.1f s",
                        task.id(),
                        summary.full(),
                        summary.partial(),
                        summary.describeTransitions(),
                        summary.wallSeconds());
            } catch (ExecutionException e) {
                failed++;
                String message = rootMessage(e);
                folder.fail(task, message);
                line = "FAILED " + task.id() + ": " + message;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the study's tasks", e);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double eta = cpu / i * (count - i) / cores; // the remaining tasks' CPU time, every core busy
            out.printf(
                    Locale.ROOT,
                    "[%d/%d] %s  (CPU %.0f s, elapsed %.0f s, ETA %.0f s on %d cores)%n",
                    already + i,
                    total,
                    line,
                    cpu,
                    elapsed,
                    eta,
                    cores);
            out.flush();
        }
        out.printf(
                "Study complete: %d of %d tasks done, %d failed; rows in %s%n",
                total - failed, total, failed, folder.root().resolve(StudyFolder.CSV));
        out.flush();
        return failed;
    }

    private SweepSpec withData(SweepSpec sweep) {
        DataRequest d = sweep.data();
        return data == null || d.kind().synthetic()
                ? sweep
                : sweep.withData(new DataRequest(d.kind(), d.trainSize(), d.testSize(), d.seed(), data));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
