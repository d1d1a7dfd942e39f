package io.phasescope.app.gui.task;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.EtaEstimator;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.StreamingWork;
import io.phasescope.app.task.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * One background job at a time that streams events to the UI thread, the skeleton every view model that runs
 * long work shares: the {@link BackgroundTask}, its event queue drained on the UI thread at most every
 * {@link #REFRESH_INTERVAL}, the {@link JobState}, the run, pause and cancel commands, and progress with a time
 * estimate in the {@link StatusModel}. A quiet job leaves the status bar's message alone; its progress and time
 * left show there only while no job the user started reports (see {@link StatusModel#quietProgress}).
 *
 * <p>The owner starts work with {@link #start}, handles the drained events, calls {@link #running()} once the
 * work is under way (data loaded) and {@link #progress(double)} as steps complete. Every outcome callback runs
 * after the last events were drained and the state went back to {@link JobState#IDLE}. All methods but the
 * emitter handed to the work run on the UI thread.
 *
 * @param <E> the events the work reports
 */
public final class StreamingJob<E> {

    /** Shortest time between two drains of the event queue: at most about 30 per second. */
    public static final Duration REFRESH_INTERVAL = Duration.ofMillis(33);

    private final String name;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Consumer<List<E>> handler;
    private final LongSupplier nanoClock;
    private final Queue<E> events = new ConcurrentLinkedQueue<>();
    private final Coalescer drainer;
    private final EtaEstimator eta = new EtaEstimator();
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.IDLE);
    private BackgroundTask<?> task;
    private boolean quiet;
    private boolean claimed;
    private boolean etaIsBound;
    private double fraction;

    /**
     * @param name names the job in logs and thread names
     * @param executor runs the work and the drains
     * @param status receives progress, the time left and the job's own messages (unless quiet)
     * @param handler gets the events drained since the last drain, in order, on the UI thread (never empty)
     */
    public StreamingJob(String name, TaskExecutor executor, StatusModel status, Consumer<List<E>> handler) {
        this(name, executor, status, handler, System::nanoTime);
    }

    /** As above, with the clock (in nanoseconds) the time estimate reads. */
    public StreamingJob(
            String name, TaskExecutor executor, StatusModel status, Consumer<List<E>> handler, LongSupplier nanoClock) {
        if (name == null
                || name.isBlank()
                || executor == null
                || status == null
                || handler == null
                || nanoClock == null) {
            throw new IllegalArgumentException("a job needs a name, executor, status, handler and clock, got '" + name
                    + "', " + executor + ", " + status + ", " + handler + ", " + nanoClock);
        }
        this.name = name;
        this.executor = executor;
        this.status = status;
        this.handler = handler;
        this.nanoClock = nanoClock;
        this.drainer = executor.throttle(REFRESH_INTERVAL, this::drain);
    }

    /** Estimates show as "≤ 1:15 left" (the work may end early) instead of "about 1:15 left". */
    public StreamingJob<E> etaIsUpperBound() {
        etaIsBound = true;
        return this;
    }

    /**
     * Starts {@code work} in state {@link JobState#LOADING}; the outcome callbacks run on the UI thread after the
     * last drain. Unless quiet, the status bar shows {@code message} and a busy bar.
     *
     * @param quiet whether this run leaves the status bar alone
     * @throws IllegalStateException if a job runs
     */
    public <R> void start(
            String message,
            boolean quiet,
            StreamingWork<E, R> work,
            Consumer<R> onSuccess,
            Runnable onCancelled,
            Consumer<Throwable> onFailure) {
        if (state.get() != JobState.IDLE) {
            throw new IllegalStateException("job '" + name + "' is " + state.get() + "; it cannot start again");
        }
        this.quiet = quiet;
        if (!quiet) {
            status.foregroundStarted();
            claimed = true;
        }
        events.clear();
        fraction = 0;
        state.set(JobState.LOADING);
        if (!quiet) {
            status.info(message);
            status.progress(StatusModel.BUSY);
            status.eta("");
        }
        BackgroundTask<R> started = BackgroundTask.of(name, control -> work.call(control, this::emit));
        started.onSuccess(result -> {
                    end();
                    onSuccess.accept(result);
                })
                .onCancelled(() -> {
                    end();
                    onCancelled.run();
                })
                .onFailure(error -> {
                    end();
                    if (!this.quiet) {
                        status.progress(0);
                    }
                    onFailure.accept(error);
                });
        task = started;
        executor.execute(started);
    }

    /** Called on the work's threads: queues only. */
    private void emit(E event) {
        events.add(event);
        drainer.request();
    }

    /** Hands the queued events to the handler now (also done before every outcome callback). */
    public void drain() {
        List<E> drained = new ArrayList<>();
        for (E event; (event = events.poll()) != null; ) {
            drained.add(event);
        }
        if (!drained.isEmpty()) {
            handler.accept(drained);
        }
    }

    /**
     * The work is under way at {@code fraction} ∈ [0, 1] done: {@link JobState#LOADING} becomes
     * {@link JobState#TRAINING}, and the time estimate starts with the next step completed.
     */
    public void running(double fraction) {
        checkFraction(fraction);
        if (state.get() == JobState.LOADING) {
            state.set(JobState.TRAINING);
        }
        this.fraction = fraction;
        if (!quiet) {
            status.progress(fraction);
        } else {
            status.quietProgress(fraction, "");
        }
        eta.restart(fraction, nanoClock.getAsLong());
        eta.restartAtNextProgress();
    }

    /** Progress to {@code fraction} ∈ [0, 1]: the status bar shows it and the time left (unless quiet). */
    public void progress(double fraction) {
        checkFraction(fraction);
        this.fraction = fraction;
        String timeLeft = state.get() != JobState.TRAINING
                ? ""
                : eta.remaining(fraction, nanoClock.getAsLong())
                        .map(left -> (etaIsBound ? "≤ " : "about ") + EtaEstimator.format(left) + " left")
                        .orElse("estimating time left …");
        if (quiet) {
            status.quietProgress(fraction, timeLeft);
        } else {
            status.progress(fraction);
            if (state.get() == JobState.TRAINING) {
                status.eta(timeLeft);
            }
        }
    }

    /** The last progress reported, in [0, 1]. */
    public double fraction() {
        return fraction;
    }

    /** Whether this run leaves the status bar alone. */
    public boolean isQuiet() {
        return quiet;
    }

    /** Pauses a running job, or resumes a paused one. */
    public void togglePause(Supplier<String> pausedMessage) {
        if (state.get() == JobState.PAUSED) {
            task.control().resume();
            state.set(JobState.TRAINING);
            eta.restart(fraction, nanoClock.getAsLong());
            eta.restartAtNextProgress();
            if (!quiet) {
                status.info("Resumed");
            }
        } else if (state.get() == JobState.TRAINING) {
            task.control().pause();
            state.set(JobState.PAUSED);
            if (!quiet) {
                status.info(pausedMessage.get());
                status.eta("");
            }
        }
    }

    /**
     * Asks the job to stop at its next checkpoint (it ends with its cancelled callback); {@code false} if none runs.
     * The user asked, so even a quiet job now reports: {@code message} at once, and its end.
     */
    public boolean cancel(String message) {
        if (!canCancel()) {
            return false;
        }
        task.cancel();
        state.set(JobState.STOPPING);
        if (quiet) {
            status.quietProgress(0, ""); // it reports in the open from now on
            quiet = false;
        }
        status.info(message);
        return true;
    }

    /** Asks the job to stop at its next checkpoint without a word (its owner moved on); {@code false} if none runs. */
    public boolean abandon() {
        if (!canCancel()) {
            return false;
        }
        task.cancel();
        state.set(JobState.STOPPING);
        return true;
    }

    /** Whether a job runs and was not asked to stop yet. */
    public boolean canCancel() {
        return state.get().isActive() && state.get() != JobState.STOPPING;
    }

    private void end() {
        drain();
        task = null;
        state.set(JobState.IDLE);
        if (claimed) {
            status.foregroundEnded();
            claimed = false;
        }
        if (!quiet) {
            status.eta("");
        } else {
            status.quietProgress(0, "");
        }
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** A command labelled {@code label} that starts work: executable while no job runs and {@code ready} holds. */
    public Command runCommand(String label, ObservableBooleanValue ready, Runnable action) {
        return new Command(label, state.isEqualTo(JobState.IDLE).and(ready), action);
    }

    /** A command that starts work: executable while no job runs and {@code ready} holds. */
    public Command runCommand(ObservableStringValue label, ObservableBooleanValue ready, Runnable action) {
        return new Command(label, state.isEqualTo(JobState.IDLE).and(ready), action);
    }

    /** Pause or Resume: executable while the job trains or is paused. */
    public Command pauseResumeCommand(Supplier<String> pausedMessage) {
        return new Command(
                Bindings.when(state.isEqualTo(JobState.PAUSED)).then("Resume").otherwise("Pause"),
                state.isEqualTo(JobState.TRAINING).or(state.isEqualTo(JobState.PAUSED)),
                () -> togglePause(pausedMessage));
    }

    /** A cancel command labelled {@code label}: executable while a job runs that was not asked to stop. */
    public Command cancelCommand(String label, String message) {
        return new Command(label, cancellable(), () -> cancel(message));
    }

    /** Whether a job runs that was not asked to stop yet, as an observable. */
    public ObservableBooleanValue cancellable() {
        return Bindings.createBooleanBinding(this::canCancel, state);
    }

    private static void checkFraction(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("progress must be in [0, 1], was " + fraction);
        }
    }
}
