package io.phasescope.cluster.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.study.SweepSummary;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionsCsv;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.function.Function;

/**
 * One study task on an executor: runs (or resumes) the task's sweep into its folder with {@link Pathfinder} on one
 * thread, under the folder's lock, exactly as {@code phasescope sweep} does, writes its transitions.csv, and returns
 * its summary row. A retried task finds the folder's completed steps and goes on from there.
 */
final class SweepTask implements Function<TaskOrder, SweepSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public SweepSummary call(TaskOrder order) throws IOException {
        long start = System.nanoTime();
        Path root = Path.of(order.folder());
        SweepSpec spec = SweepSpecJson.parse(new ObjectMapper().readTree(order.sweepJson()), order.id(), root)
                .spec();
        StudyTask task = new StudyTask(order.id(), spec);
        Files.createDirectories(root);
        try (FolderLock lock = FolderLock.acquire(root)) {
            SweepFolder folder = SweepFolder.openOrCreate(root, spec);
            Pathfinder.run(folder, ExecutorData.load(spec.data()), 1, SweepListener.none(), JobControl.none());
            List<Transition> transitions = transitions(folder);
            TransitionsCsv.write(root.resolve(SweepFolder.TRANSITIONS), transitions);
            return SweepSummary.of(task, transitions, (System.nanoTime() - start) / 1e9);
        }
    }

    /** The transitions the detector finds in {@code folder}, in walking order, as study.csv counts them. */
    static List<Transition> transitions(SweepFolder folder) throws IOException {
        return SweepAnalysis.of(folder.points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                .transitions();
    }
}
