package io.phasescope.app.task;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A {@link Coalescer} timed by a scheduler thread that hands the action to the UI executor. */
public final class ScheduledCoalescer implements Coalescer {

    /** How requests within one delay combine. */
    public enum Mode {
        /** The first request of a burst schedules the action; later ones join it. */
        THROTTLE,
        /** Every request postpones the action by the full delay. */
        DEBOUNCE
    }

    private final ScheduledExecutorService timer;
    private final Executor ui;
    private final long delayNanos;
    private final Mode mode;
    private final Runnable action;
    private ScheduledFuture<?> pending;

    /**
     * @param timer the scheduler thread that times the requests
     * @param ui runs the action on the UI thread
     * @param delay the throttling interval or the debouncing pause, ≥ 0
     * @param mode whether requests within the delay join the first one or postpone the action
     * @param action the UI action
     */
    public ScheduledCoalescer(ScheduledExecutorService timer, Executor ui, Duration delay, Mode mode, Runnable action) {
        if (delay == null || delay.isNegative() || action == null) {
            throw new IllegalArgumentException("need a delay >= 0 and an action, got " + delay + " and " + action);
        }
        this.timer = timer;
        this.ui = ui;
        this.delayNanos = delay.toNanos();
        this.mode = mode;
        this.action = action;
    }

    /** Schedules the action; after the app's scheduler has shut down (it is closing) the request is dropped. */
    @Override
    public synchronized void request() {
        if (timer.isShutdown()) {
            return;
        }
        if (pending != null) {
            if (mode == Mode.THROTTLE) {
                return;
            }
            pending.cancel(false);
        }
        pending = timer.schedule(this::fire, delayNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void fire() {
        synchronized (this) {
            pending = null;
        }
        ui.execute(action);
    }
}
