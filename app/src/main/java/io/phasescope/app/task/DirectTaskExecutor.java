package io.phasescope.app.task;

import java.time.Duration;

/**
 * Runs everything at once on the calling thread, which plays the UI thread: a task's work and then
 * its callback, and every coalescer request. For tests and headless use.
 */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.runWork().run();
        return task;
    }

    @Override
    public Coalescer throttle(Duration interval, Runnable uiAction) {
        return immediate(uiAction);
    }

    @Override
    public Coalescer debounce(Duration delay, Runnable uiAction) {
        return immediate(uiAction);
    }

    @Override
    public void close() {
        // nothing runs in the background
    }

    private static Coalescer immediate(Runnable uiAction) {
        return new Coalescer() {
            @Override
            public void request() {
                uiAction.run();
            }

            @Override
            public void cancel() {
                // requests never wait
            }
        };
    }
}
