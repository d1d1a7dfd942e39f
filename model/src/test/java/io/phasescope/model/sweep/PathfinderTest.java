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
import io.phasescope.model.train.StopReason;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pathfinder on the synthetic patterns with a tiny MLP: warm starts, branches, seeds and exact resumption. */
class PathfinderTest {

    @TempDir
    Path root;

    private final DataRequest request = new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null);
    private final DatasetSplit data = request.load(m -> {});

    private SweepSpec spec(SweepMode mode, List<Long> seeds) {
        return new SweepSpec(
                "test",
                request,
                new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1),
                TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2).withLearningRate(0.01),
                SweepGrid.linear(0, 0.05, 0.01),
                mode,
                seeds,
                2);
    }

    @Test
    void upThenDownWalksBothBranchesInOrderFromTheUpBranchsEnd() throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(root.resolve("loop"), spec(SweepMode.UPDOWN, List.of(1L)));
        List<SweepPoint> points = Pathfinder.run(folder, data, 1, SweepListener.none(), JobControl.none());

        assertThat(points).hasSize(12);
        assertThat(points.subList(0, 6)).extracting(SweepPoint::branch).containsOnly(Branch.UP);
        assertThat(points.subList(0, 6)).extracting(SweepPoint::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(points.subList(6, 12)).extracting(SweepPoint::index).containsExactly(5, 4, 3, 2, 1, 0);
        assertThat(points).allSatisfy(p -> assertThat(p.regLoss()).isGreaterThanOrEqualTo(p.trainLoss()));
        assertThat(points.get(0).regLoss()).isEqualTo(points.get(0).trainLoss());
        assertThat(points.get(5).norm()).isLessThan(points.get(0).norm());
        assertThat(folder.parameters(Branch.UP, 1, 4))
                .as("stride 2 keeps index 4")
                .isPresent();
        assertThat(folder.parameters(Branch.DOWN, 1, 0))
                .as("the branch's last point is kept")
                .isPresent();
        assertThat(folder.hasParameters(Branch.UP, 1, 4)).isTrue();
        assertThat(folder.hasParameters(Branch.UP, 1, 1))
                .as("stride 2 drops index 1")
                .isFalse();
        assertThat(Files.readString(root.resolve("loop").resolve(SweepFolder.MANIFEST)))
                .contains("\"mode\" : \"updown\"", "weight_decay = 2*lambda");
    }

    @Test
    void everyPointStoresItsOwnConfusionMatrixAndSamplePanelAgreeingWithItsRow() throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(root.resolve("details"), spec(SweepMode.UPDOWN, List.of(1L)));
        List<SweepPoint> points = Pathfinder.run(folder, data, 1, SweepListener.none(), JobControl.none());

        var details = folder.details();
        assertThat(details).hasSize(points.size());
        int[] testCounts = new int[3];
        for (int label : data.test().labels()) {
            testCounts[label]++;
        }
        for (SweepPoint point : points) {
            PointDetails d = details.get(point.key());
            assertThat(d).as("details of %s", point.key()).isNotNull();
            for (int c = 0; c < 3; c++) {
                assertThat(d.testCount(c)).as("row sum of class %d", c).isEqualTo(testCounts[c]);
                assertThat(d.classAccuracy(c))
                        .as("acc_%d at %s", c, point.key())
                        .isEqualTo(point.perClassAccuracy()[c]);
            }
            assertThat(d.samplePredicted()).hasSize(PointDetails.SAMPLE_PANEL);
            assertThat(point.stopReason()).isIn(StopReason.CONVERGED, StopReason.EPOCH_LIMIT);
        }
    }

    @Test
    void aCancelledSweepResumesToTheSameResultAsAnUninterruptedOne() throws IOException {
        SweepSpec spec = spec(SweepMode.UP, List.of(3L));
        List<SweepPoint> reference = Pathfinder.run(
                SweepFolder.openOrCreate(root.resolve("whole"), spec),
                data,
                1,
                SweepListener.none(),
                JobControl.none());

        SweepFolder interrupted = SweepFolder.openOrCreate(root.resolve("resumed"), spec);
        JobControl control = new JobControl();
        AtomicInteger seen = new AtomicInteger();
        SweepListener cancelAfterTwo = new SweepListener() {
            @Override
            public void onPoint(SweepPoint point, int done, int total) {
                if (seen.incrementAndGet() == 2) {
                    control.cancel();
                }
            }
        };
        assertThatThrownBy(() -> Pathfinder.run(interrupted, data, 1, cancelAfterTwo, control))
                .isInstanceOf(CancelledException.class);
        assertThat(interrupted.points()).hasSize(2);

        List<SweepPoint> resumed = Pathfinder.run(
                SweepFolder.open(root.resolve("resumed")), data, 1, SweepListener.none(), JobControl.none());

        assertThat(resumed).hasSize(6);
        for (String file : new String[] {PointDetailsCsv.CONFUSION, PointDetailsCsv.SAMPLES}) {
            assertThat(Files.readString(root.resolve("resumed").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readString(root.resolve("whole").resolve(file)));
        }
        for (int i = 0; i < 6; i++) {
            assertThat(PointsCsvTest.withoutSeconds(resumed.get(i)))
                    .isEqualTo(PointsCsvTest.withoutSeconds(reference.get(i)));
        }
    }

    @Test
    void seedsRunConcurrentlyIntoOneFolder() throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(root.resolve("seeds"), spec(SweepMode.UP, List.of(1L, 2L)));
        List<SweepPoint> points = Pathfinder.run(folder, data, 2, SweepListener.none(), JobControl.none());
        assertThat(points).hasSize(12);
        assertThat(points.stream().filter(p -> p.seed() == 2).count()).isEqualTo(6);
    }

    @Test
    void aFolderOfAnotherSweepIsRefused() throws IOException {
        SweepFolder.openOrCreate(root.resolve("taken"), spec(SweepMode.UP, List.of(1L)));
        SweepSpec other = spec(SweepMode.UP, List.of(1L)).withGrid(SweepGrid.linear(0, 0.1, 0.01));
        assertThatThrownBy(() -> SweepFolder.openOrCreate(root.resolve("taken"), other))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining("describes another sweep");
    }
}
