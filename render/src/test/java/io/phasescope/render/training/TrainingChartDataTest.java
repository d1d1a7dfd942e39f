package io.phasescope.render.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.train.BatchProgress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class TrainingChartDataTest {

    @Test
    void appendsBatchesAndEpochs() {
        TrainingChartData data = RunFixtures.run(3, 5);

        assertThat(data.batchCount()).isEqualTo(15);
        assertThat(data.epochCount()).isEqualTo(3);
        assertThat(data.epochLoss().getSeries(TrainingChartData.TEST).getY(2).doubleValue())
                .isEqualTo(1.1 / 3);
        assertThat(data.classAccuracy().getValue(TrainingChartData.TEST_ACCURACY, "7"))
                .isNull();
        assertThat(data.classAccuracy()
                        .getValue(TrainingChartData.TEST_ACCURACY, "9")
                        .doubleValue())
                .isEqualTo(1.0);
    }

    @Test
    void oneAppendFiresOneEventPerDataset() {
        TrainingChartData data = new TrainingChartData(RunFixtures.DIGITS);
        AtomicInteger events = new AtomicInteger();
        data.batchLoss().addChangeListener(e -> events.incrementAndGet());

        data.addBatches(List.of(
                new BatchProgress(1, 1, 1, 3, 2.0),
                new BatchProgress(1, 2, 2, 3, 1.5),
                new BatchProgress(1, 3, 3, 3, 1.0)));

        assertThat(events).hasValue(1);
        AtomicInteger epochEvents = new AtomicInteger();
        data.epochLoss().addChangeListener(e -> epochEvents.incrementAndGet());
        data.classAccuracy().addChangeListener(e -> epochEvents.incrementAndGet());
        data.addEpoch(1, RunFixtures.evaluation(1));
        assertThat(epochEvents).hasValue(2);
    }

    @Test
    void smoothedSeriesStartsAtTheFirstLoss() {
        TrainingChartData data = new TrainingChartData(RunFixtures.DIGITS);
        data.addBatches(List.of(new BatchProgress(1, 1, 1, 2, 2.0), new BatchProgress(1, 2, 2, 2, 1.0)));

        var smoothed = data.batchLoss().getSeries(TrainingChartData.SMOOTHED);
        assertThat(smoothed.getY(0).doubleValue()).isEqualTo(2.0);
        assertThat(smoothed.getY(1).doubleValue()).isBetween(1.0, 2.0);
    }

    @Test
    void resetClearsAndRenamesClasses() {
        TrainingChartData data = RunFixtures.run(2, 2);
        data.reset(List.of("a", "b", "c"));

        assertThat(data.batchCount()).isZero();
        assertThat(data.epochCount()).isZero();
        assertThat(data.classAccuracy().getColumnKeys()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> data.addEpoch(1, RunFixtures.evaluation(1)))
                .hasMessageContaining("10 classes, the charts 3");
    }

    @Test
    void rejectsFewerThanTwoClasses() {
        assertThatThrownBy(() -> new TrainingChartData(List.of("only")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[only]");
    }

    @Test
    void longRunsAreThinnedSoTheChartStaysBounded() {
        TrainingChartData data = new TrainingChartData(List.of("a", "b"));
        for (int chunk = 0; chunk < 100; chunk++) {
            List<BatchProgress> batches = new java.util.ArrayList<>();
            for (int k = 0; k < 100; k++) {
                long iteration = chunk * 100L + k + 1;
                batches.add(new BatchProgress(1, iteration, (int) iteration, 10_000, 1.0 / iteration));
            }
            data.addBatches(batches);
        }
        org.assertj.core.api.Assertions.assertThat(data.batchCount())
                .isBetween(TrainingChartData.MAX_BATCH_POINTS / 2, TrainingChartData.MAX_BATCH_POINTS);
        XYSeries minibatch = data.batchLoss().getSeries(0);
        org.assertj.core.api.Assertions.assertThat(minibatch.getX(0).doubleValue())
                .isEqualTo(1.0);
        org.assertj.core.api.Assertions.assertThat(minibatch.getMaxX()).isGreaterThan(9_900);
    }
}
