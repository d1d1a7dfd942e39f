package io.phasescope.cluster.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.study.StudyPath;
import io.phasescope.model.study.StudyPathFolder;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.api.java.function.Function;

/**
 * One path of a study on an executor: the path between the kept models of two finished sweeps at one λ, linear,
 * Bézier or the Pathfinder walk, as {@code phasescope path} computes them, into the path's folder under its lock
 * ({@link StudyPathFolder}: path.csv, then path.json, whose presence marks the path done and which names the two sweep
 * folders so that {@code spectrum --path} reads the folder). Returns the loss barrier, nats.
 */
final class PathTask implements Function<PathOrder, Double> {

    private static final long serialVersionUID = 1L;

    @Override
    public Double call(PathOrder order) throws IOException {
        StudyPath path = order.path();
        SweepSpec spec = SweepSpecJson.parse(
                        new ObjectMapper().readTree(order.sweepJson()), path.a(), Path.of(order.folderA()))
                .spec();
        return StudyPathFolder.compute(
                        path,
                        spec,
                        Path.of(order.folderA()),
                        Path.of(order.folderB()),
                        Path.of(order.out()),
                        ExecutorData.load(spec.data()),
                        JobControl.none())
                .lossBarrier();
    }
}
