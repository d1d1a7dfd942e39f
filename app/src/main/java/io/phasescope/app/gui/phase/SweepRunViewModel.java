package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.phase.SweepEvent;
import io.phasescope.app.phase.SweepJob;
import io.phasescope.app.task.JobErrors;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.data.DataCache;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The sweep run: starts a new sweep in its own folder or resumes the one shown, streams its points into the
 * {@link ShownSweep} (followed by the scrubber), and reports steps, progress and the time left in the status
 * bar. Run resumes when the sweep shown is incomplete and the settings were not changed since.
 */
public final class SweepRunViewModel {

    private static final JobErrors ERRORS = new JobErrors("The sweep", "Cannot run this sweep", "a smaller sweep");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final PhaseViewModel phase;
    private final DataCache data;
    private final StatusModel status;
    private final Path sweepsRoot;
    private final StreamingJob<SweepEvent> job;
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable");
    private final Command run;
    private final Command pauseResume;
    private int done;
    private int total;
    private SweepEvent.StepStarted step;
    private SweepEvent.Epoch epoch;
    private SweepEvent.GridExtended extended;

    SweepRunViewModel(
            PhaseViewModel phase, DataCache data, Path sweepsRoot, TaskExecutor executor, StatusModel status) {
        this.phase = phase;
        this.data = data;
        this.status = status;
        this.sweepsRoot = sweepsRoot;
        this.job = new StreamingJob<>("sweep", executor, status, this::handle);
        ShownSweep shown = phase.shown();
        resumable.bind(Bindings.createBooleanBinding(
                () -> shown.folder() != null
                        && !phase.settings().changedProperty().get()
                        && shown.pointCountProperty().get()
                                < shown.folder().spec().totalSteps(),
                shown.folderProperty(),
                shown.pointCountProperty(),
                phase.settings().changedProperty()));
        run = job.runCommand(
                Bindings.when(resumable.and(job.stateProperty().isEqualTo(JobState.IDLE)))
                        .then("Resume sweep")
                        .otherwise("Run sweep"),
                phase.settings().runnableProperty(),
                this::run);
        pauseResume =
                job.pauseResumeCommand(() -> "Paused after " + done + " of " + total + " steps; press Resume to go on");
    }

    private void run() {
        SweepSettings settings = phase.settings();
        if (!settings.seeds().commit()) {
            status.error(settings.seeds().errorProperty().get());
            return;
        }
        boolean resume = resumable.get();
        Path root;
        SweepSpec spec;
        if (resume) {
            root = phase.shown().folderProperty().get();
            spec = phase.shown().folder().spec();
        } else {
            try {
                spec = settings.requestedSpec();
            } catch (IllegalArgumentException e) {
                status.error("Cannot run this sweep: " + e.getMessage());
                return;
            }
            root = newFolder(settings.choiceProperty().get().id());
            phase.clearSweep();
        }
        step = null;
        epoch = null;
        int workers =
                Math.max(1, Math.min(spec.seeds().size(), Runtime.getRuntime().availableProcessors()));
        SweepJob work = new SweepJob(root, spec, data, workers, ModelAtLambdaViewModel.SAMPLE_COUNT);
        job.start(
                (resume ? "Resuming the sweep in " : "Starting a sweep in ") + root + " …",
                false,
                work,
                this::finished,
                this::cancelled,
                error -> ERRORS.report(status, error));
    }

    private Path newFolder(String id) {
        String stem = id + "-" + LocalDateTime.now().format(STAMP);
        Path candidate = sweepsRoot.resolve(stem);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = sweepsRoot.resolve(stem + "-" + n);
        }
        return candidate;
    }

    /** Asks the sweep to stop; {@code false} if none runs. */
    boolean cancel() {
        return job.cancel("Cancelling the sweep …");
    }

    private void handle(List<SweepEvent> events) {
        List<SweepPoint> added = new ArrayList<>();
        boolean message = false;
        for (SweepEvent event : events) {
            if (event instanceof SweepEvent.Status s) {
                status.info(s.message());
            } else if (event instanceof SweepEvent.Opened opened) {
                phase.showOpened(opened);
            } else if (event instanceof SweepEvent.Started started) {
                started(started);
            } else if (event instanceof SweepEvent.StepStarted started) {
                step = started;
                epoch = null;
                message = true;
            } else if (event instanceof SweepEvent.Epoch e) {
                epoch = e;
                message = true;
            } else if (event instanceof SweepEvent.GridExtended g) {
                extended = g;
                message = true;
            } else if (event instanceof SweepEvent.Point p) {
                added.add(p.point());
                done = p.done();
                total = p.total();
                message = true;
            }
        }
        if (!added.isEmpty()) {
            phase.shown().addPoints(added);
            job.progress(fraction());
            ScrubberViewModel scrubber = phase.scrubber();
            if (scrubber.followProperty().get()) {
                scrubber.followTo(added.get(added.size() - 1));
            }
        }
        if (message && job.stateProperty().get() == JobState.TRAINING) {
            status.info(runningMessage());
        }
    }

    private void started(SweepEvent.Started started) {
        done = started.done();
        extended = null;
        total = started.total();
        phase.model().showSamples(started.samples());
        job.running(fraction());
        status.info("Sweeping " + phase.shown().folder().spec().network().describe() + ": " + done + " of " + total
                + " steps done");
    }

    private String runningMessage() {
        StringBuilder text = new StringBuilder("Sweep "
                + (phase.shown().folder() == null
                        ? ""
                        : phase.shown().folder().spec().name()));
        if (step != null) {
            text.append(" · ")
                    .append(step.branch().id())
                    .append(" · seed ")
                    .append(step.seed())
                    .append(" · ")
                    .append(PhaseFormat.lambda(
                            step.lambda(), phase.settings().unitProperty().get()));
        }
        if (epoch != null) {
            text.append(" · epoch ")
                    .append(epoch.epoch())
                    .append(" of at most ")
                    .append(epoch.maxEpochs());
        }
        text.append(" · ").append(done).append(" of ").append(total).append(" steps done");
        if (extended != null) {
            text.append(" · grid extended to ")
                    .append(PhaseFormat.lambda(
                            extended.lambdaTo(), phase.settings().unitProperty().get()))
                    .append(": ")
                    .append(extended.why());
        }
        return text.toString();
    }

    private void finished(List<SweepPoint> all) {
        status.progress(1);
        SweepAnalysis a = phase.shown().analysisProperty().get();
        status.info(String.format(
                Locale.ROOT,
                "Sweep complete: %d points, %d transitions, %d phases, in %s",
                all.size(),
                a == null ? 0 : a.transitions().size(),
                a == null ? 0 : a.phases().size(),
                phase.shown().folderProperty().get()));
    }

    private void cancelled() {
        status.info("Cancelled after " + done + " of " + total + " steps; the completed points are kept in "
                + phase.shown().folderProperty().get() + ". Press Resume sweep to go on.");
    }

    /** Counts the steps of the sweep shown: {@code done} of {@code total}. */
    void steps(int done, int total) {
        this.done = done;
        this.total = total;
    }

    private double fraction() {
        return total == 0 ? 0 : Math.min(1, done / (double) total);
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return job.stateProperty();
    }

    /** Whether Run resumes the sweep shown (rather than starting a new one). */
    public ReadOnlyBooleanProperty resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    /** Where new sweeps are created. */
    public Path sweepsRoot() {
        return sweepsRoot;
    }

    /** Run sweep, or Resume sweep when {@link #resumableProperty()} holds. */
    public Command runCommand() {
        return run;
    }

    public Command pauseResumeCommand() {
        return pauseResume;
    }

    /** Whether a sweep runs that was not asked to stop. */
    boolean canCancel() {
        return job.canCancel();
    }
}
