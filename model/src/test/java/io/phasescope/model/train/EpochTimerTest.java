package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochTimerTest {

    private static final NetworkSpec NET = new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1);
    private static final Dataset SAMPLE = RandomData.dataset(64, 16, 3, 7);

    @Test
    void timesMinibatchesAfterAWarmUpAndAForwardPassOnTheSample() {
        EpochTimer.Timing t = EpochTimer.measure(
                NET,
                TrainingOptions.defaults().withBatchSize(16),
                SAMPLE,
                1000,
                300,
                Duration.ofMillis(40),
                new JobControl());
        assertThat(t.secondsPerEpoch()).isPositive().isLessThan(60);
        assertThat(t.secondsPerEvaluation()).isGreaterThanOrEqualTo(0).isLessThan(60);
        assertThat(t.batchesTimed()).as("at least two, in the timed half").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMinibatchLargerThanTheSampleIsTimedAtTheSamplesSize() {
        EpochTimer.Timing t = EpochTimer.measure(
                NET,
                TrainingOptions.defaults().withBatchSize(4096),
                SAMPLE,
                10_000,
                0,
                Duration.ofMillis(4),
                new JobControl());
        assertThat(t.secondsPerEpoch()).isPositive();
        assertThat(t.secondsPerEvaluation())
                .as("no test set, the training set still")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void stopsWhenCancelled() {
        JobControl control = new JobControl();
        control.cancel();
        assertThatThrownBy(() -> EpochTimer.measure(
                        NET, TrainingOptions.defaults(), SAMPLE, 1000, 300, Duration.ofMillis(40), control))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void refusesSizesOutOfRangeNamingThem() {
        assertThatThrownBy(() -> EpochTimer.measure(
                        NET, TrainingOptions.defaults(), SAMPLE, 0, 300, Duration.ofMillis(40), new JobControl()))
                .hasMessageContaining("were 0, 300, PT0.04S");
    }
}
