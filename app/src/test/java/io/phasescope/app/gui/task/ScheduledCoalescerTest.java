package io.phasescope.app.gui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduledCoalescerTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void throttleRunsOnceForABurstThenAgainForTheNext() throws Exception {
        Coalescer throttle = coalescer(ScheduledCoalescer.Mode.THROTTLE, 50);
        for (int i = 0; i < 1000; i++) {
            throttle.request();
        }
        settle();
        assertThat(runs).hasValue(1);

        throttle.request();
        settle();
        assertThat(runs).hasValue(2);
    }

    @Test
    void throttleKeepsFiringDuringASteadyStream() throws Exception {
        Coalescer throttle = coalescer(ScheduledCoalescer.Mode.THROTTLE, 20);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        while (System.nanoTime() < end) {
            throttle.request();
            Thread.sleep(1);
        }
        settle();
        assertThat(runs.get()).isBetween(3, 16);
    }

    @Test
    void requestsAfterTheSchedulerShutDownAreDroppedNotThrown() throws Exception {
        Coalescer throttle = coalescer(ScheduledCoalescer.Mode.THROTTLE, 10);
        timer.shutdownNow();

        throttle.request();

        Thread.sleep(50);
        assertThat(runs.get()).isZero();
    }

    @Test
    void debounceWaitsForAPauseAndCancelDropsIt() throws Exception {
        Coalescer debounce = coalescer(ScheduledCoalescer.Mode.DEBOUNCE, 80);
        for (int i = 0; i < 5; i++) {
            debounce.request();
            Thread.sleep(10);
        }
        assertThat(runs).hasValue(0);
        settle();
        assertThat(runs).hasValue(1);

        debounce.request();
        debounce.cancel();
        settle();
        assertThat(runs).hasValue(1);
    }

    private Coalescer coalescer(ScheduledCoalescer.Mode mode, long millis) {
        return new ScheduledCoalescer(timer, Runnable::run, Duration.ofMillis(millis), mode, runs::incrementAndGet);
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(250);
    }
}
