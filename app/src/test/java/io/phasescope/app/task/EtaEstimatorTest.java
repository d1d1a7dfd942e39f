package io.phasescope.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EtaEstimatorTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void extrapolatesFromTheProgressSinceTheLastRestart() {
        EtaEstimator eta = new EtaEstimator();
        eta.restart(0, 0);
        assertThat(eta.remaining(0.001, SECOND / 2)).isEmpty();
        assertThat(eta.remaining(0.25, 10 * SECOND)).contains(Duration.ofSeconds(30));

        eta.restart(0.5, 100 * SECOND);
        assertThat(eta.remaining(0.75, 105 * SECOND)).contains(Duration.ofSeconds(5));
    }

    @Test
    void formatsMinutesAndHours() {
        assertThat(EtaEstimator.format(Duration.ofSeconds(75))).isEqualTo("1:15");
        assertThat(EtaEstimator.format(Duration.ofSeconds(3 * 3600 + 125))).isEqualTo("3:02:05");
    }
}
