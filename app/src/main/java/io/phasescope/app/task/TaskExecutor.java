package io.phasescope.app.task;

import java.time.Duration;

/** Runs background tasks and UI actions; owns the threads it needs. */
public interface TaskExecutor extends AutoCloseable {

    /** Starts {@code task} and returns it; its callbacks run on the UI thread. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** A coalescer that runs {@code uiAction} on the UI thread at most once per {@code interval}. */
    Coalescer throttle(Duration interval, Runnable uiAction);

    /** A coalescer that runs {@code uiAction} on the UI thread once requests paused for {@code delay}. */
    Coalescer debounce(Duration delay, Runnable uiAction);

    /** Cancels running tasks, waits briefly for them to end and stops every thread. Idempotent. */
    @Override
    void close();
}
