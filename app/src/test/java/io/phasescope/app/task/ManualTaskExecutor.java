package io.phasescope.app.task;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A test executor that runs nothing until told: tasks wait for {@link #runTasks()}, debounced actions
 * for {@link #fireDebounced()}. Throttled actions run at once. Single-threaded: the test thread plays
 * both the worker and the UI thread.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final Deque<BackgroundTask<?>> tasks = new ArrayDeque<>();
    private final List<Runnable> debounced = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        tasks.add(task);
        return task;
    }

    @Override
    public Coalescer throttle(Duration interval, Runnable uiAction) {
        return new DirectTaskExecutor().throttle(interval, uiAction);
    }

    @Override
    public Coalescer debounce(Duration delay, Runnable uiAction) {
        return new Coalescer() {
            @Override
            public void request() {
                if (!debounced.contains(uiAction)) {
                    debounced.add(uiAction);
                }
            }

            @Override
            public void cancel() {
                debounced.remove(uiAction);
            }
        };
    }

    /** Runs the waiting tasks, each followed by its callback. */
    public void runTasks() {
        while (!tasks.isEmpty()) {
            tasks.poll().runWork().run();
        }
    }

    /** Runs the waiting debounced actions. */
    public void fireDebounced() {
        List<Runnable> due = new ArrayList<>(debounced);
        debounced.clear();
        due.forEach(Runnable::run);
    }

    /** Whether a debounced action is waiting. */
    public boolean hasDebounced() {
        return !debounced.isEmpty();
    }

    @Override
    public void close() {
        tasks.clear();
        debounced.clear();
    }
}
