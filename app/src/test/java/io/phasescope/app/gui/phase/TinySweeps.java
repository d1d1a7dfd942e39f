package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The Phase-diagram view-model tests' tiny sweep on the synthetic patterns with a 16-8-8-3 network, and the view
 * model that runs it synchronously with the direct executor (the test thread plays the UI thread).
 */
public final class TinySweeps {

    /** 7 λ values from 0 to 0.3, up and down: 14 steps that end in the trivial phase. */
    public static final SweepSpec TINY = new SweepSpec(
            "tiny",
            new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
            new NetworkSpec(16, List.of(8, 8), Activation.SIGMOID, 3, 1),
            TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2).withLearningRate(0.01),
            SweepGrid.linear(0, 0.3, 0.05),
            SweepMode.UPDOWN,
            List.of(1L),
            1);

    static final int STEPS = 14;

    private TinySweeps() {}

    /** Offers the tiny sweep (selected) and the quick patterns sweep; new sweeps go to {@code sweeps}. */
    static PhaseViewModel viewModel(Path sweeps, StatusModel status) {
        return new PhaseViewModel(
                List.of(
                        new SweepChoice("tiny", "Tiny", TINY),
                        new SweepChoice("patterns-quick", SweepChoice.PATTERNS_QUICK, SweepChoice.patternsQuick())),
                sweeps,
                new DirectTaskExecutor(),
                status);
    }
}
