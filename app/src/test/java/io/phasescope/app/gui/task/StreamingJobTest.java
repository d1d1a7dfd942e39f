package io.phasescope.app.gui.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.ManualTaskExecutor;
import io.phasescope.app.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The streaming-job skeleton driven synchronously (the test thread plays worker and UI thread) against a manual
 * clock: the event stream, the state, the commands, the time estimate and quiet runs.
 */
class StreamingJobTest {

    private static final long SECOND = 1_000_000_000L;
    private static final int STEPS = 20;

    private final StatusModel status = new StatusModel();
    private final List<String> calls = new ArrayList<>();
    private final List<String> etas = new ArrayList<>();
    private long now;
    private StreamingJob<Integer> job;

    /** Step {@code k} done (0 = the data is loaded); records the ETA shown after each step. */
    private void handle(List<Integer> events) {
        for (int k : events) {
            if (k == 0) {
                job.running(0);
            } else {
                job.progress(k / (double) STEPS);
                etas.add(status.etaProperty().get());
            }
        }
    }

    private StreamingJob<Integer> job(TaskExecutor executor) {
        job = new StreamingJob<>("steps", executor, status, this::handle, () -> now);
        return job;
    }

    /** Loading takes 60 s, the first step 120 s (warming up), every later step 10 s. */
    private Integer steps(Consumer<Integer> emit) {
        now += 60 * SECOND;
        emit.accept(0);
        for (int k = 1; k <= STEPS; k++) {
            now += (k == 1 ? 120 : 10) * SECOND;
            emit.accept(k);
        }
        return STEPS;
    }

    @Test
    void theTimeLeftIsMeasuredFromCompletedStepsNotFromStartUp() {
        job(new DirectTaskExecutor())
                .start(
                        "Starting",
                        false,
                        (control, emit) -> steps(emit),
                        r -> calls.add("done " + r),
                        () -> {},
                        e -> {});

        assertThat(etas.get(0))
                .as("after the first step, which includes start-up")
                .isEqualTo("estimating time left …");
        assertThat(etas.get(1)).as("18 steps of 10 s left").isEqualTo("about 3:00 left");
        assertThat(etas.get(9)).isEqualTo("about 1:40 left");
        assertThat(calls).containsExactly("done 20");
        assertThat(job.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.etaProperty().get()).isEmpty();
        assertThat(status.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void commandsFollowTheJobFromLoadingThroughPauseToCancelled() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        StreamingJob<Integer> steps = job(executor);
        var pause = steps.pauseResumeCommand(() -> "Paused at step 3");
        var cancel = steps.cancelCommand("Stop", "Stopping …");
        steps.start(
                "Starting",
                false,
                (control, emit) -> {
                    emit.accept(0);
                    control.checkpoint();
                    return 1;
                },
                r -> calls.add("done"),
                () -> calls.add("cancelled"),
                e -> calls.add("failed"));

        assertThat(steps.stateProperty().get()).isEqualTo(JobState.LOADING);
        assertThat(status.messageProperty().get()).isEqualTo("Starting");
        assertThat(status.progressProperty().get()).isEqualTo(StatusModel.BUSY);
        assertThat(pause.isExecutable()).isFalse();
        assertThat(cancel.isExecutable()).isTrue();
        steps.running(0.25);
        assertThat(steps.stateProperty().get()).isEqualTo(JobState.TRAINING);
        pause.execute();
        assertThat(steps.stateProperty().get()).isEqualTo(JobState.PAUSED);
        assertThat(pause.labelProperty().get()).isEqualTo("Resume");
        assertThat(status.messageProperty().get()).isEqualTo("Paused at step 3");
        pause.execute();
        assertThat(status.messageProperty().get()).isEqualTo("Resumed");

        cancel.execute();
        assertThat(steps.stateProperty().get()).isEqualTo(JobState.STOPPING);
        assertThat(cancel.isExecutable()).isFalse();
        assertThat(status.messageProperty().get()).isEqualTo("Stopping …");
        executor.runTasks();
        assertThat(calls).containsExactly("cancelled");
        assertThat(steps.stateProperty().get()).isEqualTo(JobState.IDLE);
    }

    @Test
    void aQuietJobLeavesTheStatusBarAlone() {
        status.info("The user's last message");
        StreamingJob<Integer> steps = job(new DirectTaskExecutor());

        steps.start(
                "Starting",
                true,
                (control, emit) -> {
                    emit.accept(0);
                    emit.accept(1);
                    throw new IllegalStateException("broken");
                },
                r -> {},
                () -> {},
                e -> calls.add("failed " + e.getMessage()));

        assertThat(calls).containsExactly("failed broken");
        assertThat(status.messageProperty().get()).isEqualTo("The user's last message");
        assertThat(status.progressProperty().get()).isZero();
        assertThat(status.etaProperty().get()).isEmpty();
        assertThat(steps.fraction()).isEqualTo(1.0 / STEPS);
    }

    @Test
    void aQuietJobShowsItsProgressWithoutTakingTheMessageAndYieldsToAJobTheUserStarted() {
        status.info("The user's last message");
        DirectTaskExecutor executor = new DirectTaskExecutor();
        StreamingJob<Integer> quiet = job(executor);
        List<Double> shown = new ArrayList<>();
        status.progressProperty().addListener((obs, old, now) -> shown.add(now.doubleValue()));

        quiet.start("Spectra", true, (control, emit) -> steps(emit), r -> {}, () -> {}, e -> {});

        assertThat(shown).as("the quiet job's progress showed").contains(0.5);
        assertThat(status.messageProperty().get()).isEqualTo("The user's last message");
        assertThat(status.progressProperty().get()).as("cleared at its end").isZero();

        status.foregroundStarted();
        shown.clear();
        StreamingJob<Integer> again = job(new DirectTaskExecutor());
        again.start("Spectra", true, (control, emit) -> steps(emit), r -> {}, () -> {}, e -> {});
        assertThat(shown).as("a job the user started keeps the bar").isEmpty();
    }

    @Test
    void aQuietJobTheUserCancelsTakesItsQuietProgressAwayAndReportsItsEnd() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        StreamingJob<Integer> steps = job(executor);
        steps.start(
                "Starting",
                true,
                (control, emit) -> {
                    control.checkpoint();
                    return 1;
                },
                r -> calls.add("done"),
                () -> calls.add("cancelled"),
                e -> calls.add("failed"));
        steps.running(0);
        steps.progress(0.5);
        assertThat(status.progressProperty().get()).isEqualTo(0.5);

        assertThat(steps.cancel("Cancelling …")).isTrue();

        assertThat(status.progressProperty().get()).isZero();
        assertThat(status.messageProperty().get()).isEqualTo("Cancelling …");
        assertThat(steps.isQuiet()).isFalse();
        executor.runTasks();
        assertThat(calls).containsExactly("cancelled");
    }
}
