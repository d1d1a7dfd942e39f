package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitionRefinerTest {

    @TempDir
    Path root;

    private final DataRequest request = new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null);
    private final DatasetSplit data = request.load(m -> {});

    /** Six λ values 0 … 0.05, parameters kept at every fourth point (indices 0, 4) and the last (5). */
    private SweepFolder sweep() throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(
                root.resolve("sweep"),
                new SweepSpec(
                        "test",
                        request,
                        new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1),
                        TrainingOptions.defaults()
                                .withBatchSize(32)
                                .withEpochs(4, 2)
                                .withLearningRate(0.01),
                        SweepGrid.linear(0, 0.05, 0.01),
                        SweepMode.UP,
                        List.of(1L),
                        4));
        Pathfinder.run(folder, data, 1, SweepListener.none(), JobControl.none());
        return folder;
    }

    private static Transition between(SweepFolder folder, int from, int to, TransitionKind kind) throws IOException {
        SweepPoint a = folder.points().get(from);
        SweepPoint b = folder.points().get(to);
        return new Transition(
                Branch.UP,
                1,
                (a.lambda() + b.lambda()) / 2,
                a.lambda(),
                b.lambda(),
                a.norm(),
                b.norm(),
                a.testAccuracy(),
                b.testAccuracy(),
                List.of(0),
                kind);
    }

    @Test
    void aPartialBracketWhosePreJumpModelWasNotKeptIsRefinedFromTheNearestKeptModelBeforeIt() throws IOException {
        SweepFolder folder = sweep();
        Transition partial = between(folder, 2, 3, TransitionKind.PARTIAL);

        Transition refined = TransitionRefiner.refine(folder, data, List.of(partial), 0.2, JobControl.none())
                .get(0);

        assertThat(refined.bracketHigh() - refined.bracketLow()).isLessThan(0.2 * refined.lambdaC() + 1e-12);
        assertThat(refined.bracketLow()).isGreaterThanOrEqualTo(0.02 - 1e-12);
        assertThat(refined.bracketHigh()).isLessThanOrEqualTo(0.03 + 1e-12);
        assertThat(refined.kind()).isEqualTo(TransitionKind.PARTIAL);
    }

    @Test
    void aFullBracketWithoutItsPreJumpModelIsLeftAsDetected() throws IOException {
        SweepFolder folder = sweep();
        Transition full = between(folder, 2, 3, TransitionKind.FULL);

        assertThat(TransitionRefiner.refine(folder, data, List.of(full), 0.2, JobControl.none()))
                .containsExactly(full);
    }
}
