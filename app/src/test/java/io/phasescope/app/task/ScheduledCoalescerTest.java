package io.phasescope.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The coalescers driven by a {@link ManualScheduler}: exact timings, no sleeps. */
class ScheduledCoalescerTest {

    private final ManualScheduler timer = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void throttleRunsOnceForABurstThenAgainForTheNext() {
        Coalescer throttle = coalescer(ScheduledCoalescer.Mode.THROTTLE, 50);
        for (int i = 0; i < 1000; i++) {
            throttle.request();
        }
        timer.advance(49);
        assertThat(runs).hasValue(0);
        timer.advance(1);
        assertThat(runs).hasValue(1);

        throttle.request();
        timer.advance(250);
        assertThat(runs).hasValue(2);
    }

    @Test
    void throttleKeepsFiringDuringASteadyStream() {
        Coalescer throttle = coalescer(ScheduledCoalescer.Mode.THROTTLE, 20);
        for (int ms = 0; ms < 300; ms++) {
            throttle.request();
            timer.advance(1);
        }
        timer.advance(250);
        assertThat(runs.get()).as("one run per 20 ms of a 300 ms stream").isEqualTo(15);
    }

    @Test
    void requestsAfterTheSchedulerShutDownAreDroppedNotThrown() {
        Coalescer throttle = coalescer(ScheduledCoalescer.Mode.THROTTLE, 10);
        timer.shutdownNow();

        throttle.request();

        timer.advance(50);
        assertThat(runs.get()).isZero();
    }

    @Test
    void debounceWaitsForAPauseAndCancelDropsIt() {
        Coalescer debounce = coalescer(ScheduledCoalescer.Mode.DEBOUNCE, 80);
        for (int i = 0; i < 5; i++) {
            debounce.request();
            timer.advance(10);
        }
        assertThat(runs).hasValue(0);
        timer.advance(69);
        assertThat(runs)
                .as("80 ms after the last request (at 40 ms), not the first")
                .hasValue(0);
        timer.advance(1);
        assertThat(runs).hasValue(1);

        debounce.request();
        debounce.cancel();
        timer.advance(250);
        assertThat(runs).hasValue(1);
    }

    private Coalescer coalescer(ScheduledCoalescer.Mode mode, long millis) {
        return new ScheduledCoalescer(timer, Runnable::run, Duration.ofMillis(millis), mode, runs::incrementAndGet);
    }
}
