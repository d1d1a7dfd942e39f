package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.DivergenceException;
import io.phasescope.model.train.EpochMetrics;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep step that diverges stops within its first minibatch, records the failure in {@code failures.csv}
 * and leaves the completed points and their parameters as they were. The absurd setting is λ = 5e38, whose
 * penalty gradient 2λθ overflows float32: Adam's clamped learning rate (≤ 10) alone cannot blow a network up.
 */
class SweepDivergenceTest {

    private static final double ABSURD_LAMBDA = 5e38;

    @TempDir
    Path root;

    private final DataRequest request = new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null);
    private final DatasetSplit data = request.load(m -> {});

    private SweepFolder folder() throws IOException {
        SweepSpec spec = new SweepSpec(
                "diverging",
                request,
                new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1),
                TrainingOptions.defaults().withBatchSize(32).withEpochs(3, 2).withLearningRate(10),
                SweepGrid.linear(0, 2 * ABSURD_LAMBDA, ABSURD_LAMBDA),
                SweepMode.UP,
                List.of(1L),
                1);
        return SweepFolder.openOrCreate(root, spec);
    }

    @Test
    void aDivergingStepStopsAtItsFirstMinibatchAndKeepsTheCompletedPoints() throws IOException {
        SweepFolder folder = folder();
        AtomicInteger epochsAtAbsurdLambda = new AtomicInteger();
        SweepListener listener = new SweepListener() {
            @Override
            public void onEpoch(Branch branch, long seed, EpochMetrics metrics) {
                if (metrics.objective() > 1e30 || !Double.isFinite(metrics.objective())) {
                    epochsAtAbsurdLambda.incrementAndGet();
                }
            }
        };

        assertThatThrownBy(() -> Pathfinder.run(folder, data, 1, listener, JobControl.none()))
                .isInstanceOf(DivergenceException.class)
                .hasMessageContaining("sweep step up seed 1 at λ = 5.0E38 diverged")
                .hasMessageContaining("epoch 1, minibatch 1")
                .hasMessageContaining("lower the learning rate or λ")
                .hasMessageContaining("completed steps are kept in " + root);

        assertThat(epochsAtAbsurdLambda)
                .as("no epoch of the diverging step completed")
                .hasValue(0);
        List<SweepPoint> points = folder.points();
        assertThat(points).extracting(SweepPoint::lambda).containsExactly(0.0);
        String csv = Files.readString(root.resolve(SweepFolder.POINTS));
        assertThat(csv).doesNotContain("NaN", "Infinity").endsWith("\n");
        assertThat(csv.split("\n")).hasSize(2);
        float[] kept = folder.parameters(Branch.UP, 1, 0).orElseThrow();
        for (float v : kept) {
            assertThat(Float.isFinite(v)).isTrue();
        }
        assertThat(folder.parameters(Branch.UP, 1, 1))
                .as("nothing saved for the failed step")
                .isEmpty();
        assertThat(Files.readAllLines(root.resolve(SweepFolder.FAILURES)))
                .hasSize(2)
                .first()
                .isEqualTo("branch,seed,lambda,message");
        assertThat(Files.readAllLines(root.resolve(SweepFolder.FAILURES)).get(1))
                .startsWith("up,1,5.0E38,\"epoch 1, minibatch 1: a parameter reached NaN");
    }

    @Test
    void rerunningRetriesTheFailedStepWithoutTouchingTheGoodOnes() throws IOException {
        SweepFolder folder = folder();
        assertThatThrownBy(() -> Pathfinder.run(folder, data, 1, SweepListener.none(), JobControl.none()))
                .isInstanceOf(DivergenceException.class);
        String pointsAfterFirstRun = Files.readString(root.resolve(SweepFolder.POINTS));
        float[] keptAfterFirstRun = folder.parameters(Branch.UP, 1, 0).orElseThrow();

        SweepFolder reopened = SweepFolder.open(root);
        assertThatThrownBy(() -> Pathfinder.run(reopened, data, 1, SweepListener.none(), JobControl.none()))
                .isInstanceOf(DivergenceException.class);

        assertThat(Files.readString(root.resolve(SweepFolder.POINTS))).isEqualTo(pointsAfterFirstRun);
        assertThat(reopened.parameters(Branch.UP, 1, 0).orElseThrow()).containsExactly(keptAfterFirstRun);
        assertThat(Files.readAllLines(root.resolve(SweepFolder.FAILURES))).hasSize(3);
    }
}
