package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose grid ends before the trivial phase goes on until it is trivial, records the extension so that it
 * resumes exactly, and turns its down branch at the extended top.
 */
class UntilTrivialTest {

    @TempDir
    Path root;

    private final DataRequest request = new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null);
    private final DatasetSplit data = request.load(m -> {});

    /** The tiny patterns network reaches its trivial phase near λ = 0.3; this grid stops at 0.1. */
    private SweepSpec tooShort(SweepMode mode) {
        SweepGrid grid = SweepGrid.linear(0, 0.1, 0.05);
        return new SweepSpec(
                "short",
                request,
                new NetworkSpec(16, List.of(8, 8), Activation.SIGMOID, 3, 1),
                TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2).withLearningRate(0.01),
                grid,
                mode,
                List.of(1L),
                1,
                new UntilTrivial(true, 2.0));
    }

    @Test
    void anUpBranchCutOffTooEarlyGoesOnUntilFivePointsInARowAreTrivial() throws IOException {
        List<String> said = new ArrayList<>();
        SweepFolder folder = SweepFolder.openOrCreate(root.resolve("up"), tooShort(SweepMode.UP));
        List<SweepPoint> points = Pathfinder.run(
                folder,
                data,
                1,
                new SweepListener() {
                    @Override
                    public void onGridExtended(long seed, double lambdaTo, String why) {
                        said.add(why);
                    }
                },
                JobControl.none());

        assertThat(points.size()).isGreaterThan(3);
        assertThat(points.subList(points.size() - UntilTrivial.TRIVIAL_POINTS, points.size()))
                .allSatisfy(p ->
                        assertThat(Phase.isTrivial(p)).as("λ = %s", p.lambda()).isTrue());
        assertThat(Phase.isTrivial(points.get(points.size() - UntilTrivial.TRIVIAL_POINTS - 1)))
                .as("it stops as soon as five are")
                .isFalse();
        assertThat(folder.extension()).isEqualTo(points.size() - 3);
        assertThat(said).isNotEmpty().allSatisfy(why -> assertThat(why).contains("not yet trivial"));
        assertThat(Files.readString(folder.root().resolve(SweepFolder.MANIFEST)))
                .contains("\"gridExtension\" : " + folder.extension())
                .contains("\"untilTrivial\" : true");
        SweepFolder reopened = SweepFolder.open(folder.root());
        assertThat(reopened.grid()).isEqualTo(folder.grid());
        assertThat(reopened.points()).extracting(SweepPoint::index).doesNotContain(-1);
    }

    @Test
    void aCancelledExtendedSweepResumesToTheUninterruptedOneAndTurnsDownAtTheExtendedTop() throws IOException {
        SweepSpec spec = tooShort(SweepMode.UPDOWN);
        List<SweepPoint> whole = Pathfinder.run(
                SweepFolder.openOrCreate(root.resolve("whole"), spec),
                data,
                1,
                SweepListener.none(),
                JobControl.none());

        int interrupted = 0;
        Path resumed = root.resolve("resumed");
        for (int stopAfter : new int[] {2, 3, 4, 2, 5, 3, 100}) {
            JobControl control = new JobControl();
            AtomicInteger seen = new AtomicInteger();
            SweepListener cancel = new SweepListener() {
                @Override
                public void onPoint(SweepPoint point, int done, int total) {
                    if (seen.incrementAndGet() == stopAfter) {
                        control.cancel();
                    }
                }
            };
            try {
                Pathfinder.run(SweepFolder.openOrCreate(resumed, spec), data, 1, cancel, control);
            } catch (CancelledException e) {
                interrupted++;
            }
        }

        List<SweepPoint> after = SweepFolder.open(resumed).points();
        assertThat(interrupted).isGreaterThan(3);
        assertThat(after).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            assertThat(PointsCsvTest.withoutSeconds(after.get(i)))
                    .isEqualTo(PointsCsvTest.withoutSeconds(whole.get(i)));
        }
        int top = whole.stream()
                .filter(p -> p.branch() == Branch.UP)
                .mapToInt(SweepPoint::index)
                .max()
                .orElseThrow();
        assertThat(top).as("the up branch went past the grid's 3 points").isGreaterThan(2);
        SweepPoint firstDown = whole.stream()
                .filter(p -> p.branch() == Branch.DOWN)
                .findFirst()
                .orElseThrow();
        assertThat(firstDown.index())
                .as("the down branch starts at the extended top")
                .isEqualTo(top);
        assertThat(whole.stream().filter(p -> p.branch() == Branch.DOWN)).hasSize(top + 1);
    }

    @Test
    void aLogGridOrACapBeyondTheGridLimitIsRefused() {
        assertThatThrownBy(() -> new UntilTrivial(true, 1).maxPoints(SweepGrid.log(1e-4, 0.1, 5)))
                .hasMessageContaining("linear");
        assertThatThrownBy(() -> new UntilTrivial(true, 1e6).maxPoints(SweepGrid.linear(0, 0.1, 1e-4)))
                .hasMessageContaining("more than " + SweepGrid.MAX_POINTS);
        assertThat(SweepGrid.linear(0, 0.1, 0.05).extended(2).values())
                .containsExactly(0, 0.05, 0.1, 0.15000000000000002, 0.2);
    }
}
