package io.phasescope.app.task;

import io.phasescope.app.logging.UserErrors;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.JobControl;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A unit of background work with UI-thread callbacks. The work receives the task's {@link JobControl}
 * and should call {@link JobControl#checkpoint()} between steps; {@link #cancel()} makes the next
 * checkpoint throw, and the task then ends with {@code onCancelled} instead of {@code onFailure}.
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {

    /** The work itself, run on a background thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(JobControl control) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final String name;
    private final Work<T> work;
    private final JobControl control = new JobControl();
    private Consumer<T> onSuccess = result -> {};
    private Consumer<Throwable> onFailure = error -> {};
    private Runnable onCancelled = () -> {};

    private BackgroundTask(String name, Work<T> work) {
        this.name = name;
        this.work = work;
    }

    /** A task named {@code name} (for logs and thread names) that runs {@code work}. */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        if (name == null || name.isBlank() || work == null) {
            throw new IllegalArgumentException("a task needs a name and work, got '" + name + "' and " + work);
        }
        return new BackgroundTask<>(name, work);
    }

    /** Called on the UI thread with the result when the work returns normally. */
    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback, "onSuccess");
        return this;
    }

    /** Called on the UI thread when the work throws anything but a cancellation. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback, "onFailure");
        return this;
    }

    /** Called on the UI thread when the work ended because the task was cancelled. */
    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback, "onCancelled");
        return this;
    }

    public String name() {
        return name;
    }

    /** Pause, resume and cancel of the running work. */
    public JobControl control() {
        return control;
    }

    /** Asks the work to stop at its next checkpoint. */
    public void cancel() {
        control.cancel();
    }

    /**
     * Runs the work on the calling thread and returns the callback to run on the UI thread. Never throws:
     * failures are logged (the user's as one line, unexpected ones with their stack trace) and handed to
     * {@code onFailure}. Called by a {@link TaskExecutor} only.
     */
    public Runnable runWork() {
        try {
            T result = work.call(control);
            return () -> onSuccess.accept(result);
        } catch (CancelledException e) {
            LOG.info("Task '{}' cancelled", name);
            return onCancelled;
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            if (control.isCancelled()) {
                LOG.info("Task '{}' cancelled ({})", name, e.toString());
                return onCancelled;
            }
            if (UserErrors.isUserError(e)) {
                LOG.info("Task '{}' refused: {}", name, e.toString());
            } else {
                LOG.error("Task '{}' failed", name, e);
            }
            return () -> onFailure.accept(e);
        }
    }
}
