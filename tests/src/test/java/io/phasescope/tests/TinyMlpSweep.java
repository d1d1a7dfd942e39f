package io.phasescope.tests;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished sweep of a 16-8-3 sigmoid MLP (163 parameters, exact Hessian-vector products) on 300 training and 150
 * test patterns, 3 epochs per step, for the CLI tests of commands that read a sweep.
 */
final class TinyMlpSweep {

    private TinyMlpSweep() {}

    /** Runs the sweep into {@code folder}, keeping parameters every {@code paramStride} points. */
    static Path run(Path folder, SweepGrid grid, SweepMode mode, int paramStride, long seed) throws IOException {
        DataRequest patterns = new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null);
        SweepSpec sweep = new SweepSpec(
                "tiny",
                patterns,
                new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1),
                TrainingOptions.defaults().withEpochs(3, 2).withLearningRate(0.01),
                grid,
                mode,
                List.of(seed),
                paramStride);
        Pathfinder.run(
                SweepFolder.openOrCreate(folder, sweep),
                patterns.load(m -> {}),
                1,
                SweepListener.none(),
                JobControl.none());
        return folder;
    }
}
