package io.phasescope.cluster.spark;

import io.phasescope.model.io.FolderLock;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.study.SweepSummary;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionsCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The refinement of a finished sweep's transitions on Spark: one single-task job per transition ({@link RefineTask}),
 * all submitted at once so that they run side by side; the refined brackets are written to the sweep's
 * transitions.csv (under the folder's lock) and make its study.csv row.
 */
final class Refinement {

    private Refinement() {}

    /**
     * Refines the transitions of {@code task}'s sweep in {@code root}, whose unrefined summary is {@code summary}.
     *
     * @return the summary with the refined λ_c and the refinement's wall time added
     */
    static SweepSummary refine(
            JavaSparkContext spark, StudyTask task, Path root, SweepSummary summary, double tolerance)
            throws IOException, ExecutionException, InterruptedException {
        long start = System.nanoTime();
        SweepFolder folder = SweepFolder.open(root);
        List<Transition> found = SweepTask.transitions(folder);
        List<JavaFutureAction<List<double[]>>> jobs = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            spark.setJobDescription(task.id() + " transition " + (i + 1));
            jobs.add(spark.parallelize(
                            List.of(new RefineOrder(root.toAbsolutePath().toString(), i, tolerance)), 1)
                    .map(new RefineTask())
                    .collectAsync());
        }
        List<Transition> refined = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            double[] bracket = jobs.get(i).get().get(0);
            refined.add(found.get(i).refined(bracket[0], bracket[1]));
        }
        try (FolderLock lock = FolderLock.acquire(root)) {
            TransitionsCsv.write(root.resolve(SweepFolder.TRANSITIONS), refined);
        }
        return SweepSummary.of(task, refined, summary.wallSeconds() + (System.nanoTime() - start) / 1e9);
    }
}
