package io.phasescope.app.gui.task;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.ScheduledCoalescer;
import io.phasescope.app.task.TaskExecutor;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on daemon worker threads and callbacks on the JavaFX application thread. Worker threads
 * are daemons so that a task stuck outside its checkpoints can never keep the JVM alive.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("phasescope-worker"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemons("phasescope-timer"));
    private final Set<BackgroundTask<?>> running = ConcurrentHashMap.newKeySet();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        running.add(task);
        try {
            workers.execute(() -> {
                Thread.currentThread().setName("phasescope-worker " + task.name());
                try {
                    Platform.runLater(task.runWork());
                } finally {
                    running.remove(task);
                }
            });
        } catch (RejectedExecutionException e) {
            running.remove(task);
            task.cancel();
            LOG.debug("Not starting {}: the app is closing", task.name());
        }
        return task;
    }

    /** Whether no task is running at this moment. */
    public boolean idle() {
        return running.isEmpty();
    }

    @Override
    public Coalescer throttle(Duration interval, Runnable uiAction) {
        return new ScheduledCoalescer(timer, Platform::runLater, interval, ScheduledCoalescer.Mode.THROTTLE, uiAction);
    }

    @Override
    public Coalescer debounce(Duration delay, Runnable uiAction) {
        return new ScheduledCoalescer(timer, Platform::runLater, delay, ScheduledCoalescer.Mode.DEBOUNCE, uiAction);
    }

    @Override
    public void close() {
        running.forEach(BackgroundTask::cancel);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Background tasks did not stop within {} s; abandoning them", SHUTDOWN_GRACE.toSeconds());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        } finally {
            timer.shutdownNow();
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
