package io.phasescope.cluster.spark;

import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionRefiner;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.function.Function;

/**
 * One transition refined on an executor: {@link TransitionRefiner} bisects it from the sweep folder's kept
 * parameters (it only reads the folder, so the transitions of one sweep are refined side by side). Returns the refined
 * bracket {@code {λ_lo, λ_hi}}.
 */
final class RefineTask implements Function<RefineOrder, double[]> {

    private static final long serialVersionUID = 1L;

    @Override
    public double[] call(RefineOrder order) throws IOException {
        SweepFolder folder = SweepFolder.open(Path.of(order.folder()));
        Transition t = SweepTask.transitions(folder).get(order.index());
        Transition refined = TransitionRefiner.refine(
                        folder,
                        ExecutorData.load(folder.spec().data()),
                        List.of(t),
                        order.tolerance(),
                        JobControl.none())
                .get(0);
        return new double[] {refined.lambdaLo(), refined.lambdaHi()};
    }
}
