package io.phasescope.app.gui.curvature;

import io.phasescope.app.curvature.CurvatureData;
import io.phasescope.app.curvature.FollowedSweep;
import io.phasescope.app.curvature.SpectraEvent;
import io.phasescope.app.curvature.SpectraJob;
import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.task.JobErrors;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * The spectra run of the Curvature view: a {@link SpectraJob} through a {@link StreamingJob}, its rows added to the
 * {@link FollowedSweep} as they land. One started by hand reports its progress, ETA and end in the status bar; an
 * automatic one works quietly (the Curvature headline counts its rows), so that it does not cover what the user did
 * last, and speaks only of a failure or, once the user cancels it, of its end.
 */
final class SpectraRun {

    private static final JobErrors ERRORS =
            new JobErrors("Computing spectra", "Cannot compute spectra", "fewer training images");

    private final FollowedSweep sweep;
    private final SpectraSummary summary;
    private final CurvatureSettings form;
    private final CurvatureData data;
    private final ObservableValue<LambdaUnit> unit;
    private final BooleanProperty automatic;
    private final Runnable reload;
    private final StatusModel status;
    private final StreamingJob<SpectraEvent> job;
    private final Command compute;
    private final Command cancel;
    private int atStart;

    /**
     * @param automatic turned off when the user cancels or a job fails
     * @param reload reads the sweep again (after a job: points may have landed meanwhile)
     */
    SpectraRun(
            FollowedSweep sweep,
            SpectraSummary summary,
            CurvatureSettings form,
            CurvatureData data,
            ObservableValue<LambdaUnit> unit,
            ObservableBooleanValue loaded,
            BooleanProperty automatic,
            Runnable reload,
            TaskExecutor executor,
            StatusModel status) {
        this.sweep = sweep;
        this.summary = summary;
        this.form = form;
        this.data = data;
        this.unit = unit;
        this.automatic = automatic;
        this.reload = reload;
        this.status = status;
        this.job = new StreamingJob<>("spectra", executor, status, this::handle);
        compute = job.runCommand(
                Bindings.when(summary.resumableProperty()
                                .and(job.stateProperty().isEqualTo(JobState.IDLE)))
                        .then("Resume spectra")
                        .otherwise("Compute spectra"),
                Bindings.createBooleanBinding(loaded::get, loaded).and(form.spectraValidProperty()),
                () -> compute(true));
        cancel = new Command("Cancel", job.cancellable(), () -> {
            automatic.set(false);
            job.cancel("Cancelling the spectra …");
        });
    }

    /** Starts the job on the sweep followed: by hand (reported) or automatically (quiet). */
    void compute(boolean byHand) {
        SpectraSettings settings;
        try {
            settings = form.spectraSettings();
        } catch (IllegalArgumentException e) {
            status.error("Cannot compute spectra: " + e.getMessage());
            return;
        }
        Path root = sweep.snapshot().root();
        int images = form.images().getValue();
        atStart = sweep.rows().size();
        job.start(
                "Computing Hessian spectra along " + root.getFileName() + " …",
                !byHand,
                (control, emit) -> new SpectraJob(root, images, settings, data, emit).call(control),
                all -> ended(root, () -> finished(all)),
                () -> ended(root, this::cancelled),
                error -> ended(root, () -> {
                    automatic.set(false);
                    status.error(ERRORS.describe(error));
                }));
    }

    /** Stops the job of a sweep no longer followed, without a word. */
    void abandon() {
        job.abandon();
    }

    private void handle(List<SpectraEvent> events) {
        boolean changed = false;
        PointSpectrum latest = null;
        for (SpectraEvent event : events) {
            if (!sweep.isAt(event.root())) {
                continue;
            }
            if (event instanceof SpectraEvent.Started started) {
                sweep.show(started.snapshot());
                atStart = sweep.rows().size();
                job.running(sweep.fraction());
                changed = true;
            } else if (event instanceof SpectraEvent.Status s && !job.isQuiet()) {
                status.info(s.message());
            } else if (event instanceof SpectraEvent.Row r) {
                sweep.addRow(r.row());
                latest = r.row();
                changed = true;
            }
        }
        if (changed) {
            summary.publish();
        }
        if (latest != null && job.stateProperty().get() == JobState.TRAINING) {
            job.progress(sweep.fraction());
            if (!job.isQuiet()) {
                status.info(rowMessage(latest));
            }
        }
    }

    private void ended(Path root, Runnable then) {
        if (!sweep.isAt(root)) {
            reload.run(); // another sweep is followed now: read it, as it waited for this job to end
            return;
        }
        then.run();
        sweep.keepRows();
        summary.updateResumable();
        if (automatic.get()) {
            reload.run(); // points may have landed while the job ran
        }
    }

    private void finished(List<PointSpectrum> all) {
        sweep.setRows(all);
        summary.publish();
        if (!job.isQuiet()) {
            status.progress(1);
            status.info(String.format(
                    Locale.ROOT,
                    "Spectra complete: %d points (%d new), L_λ has a saddle at %d; in %s",
                    all.size(),
                    all.size() - atStart,
                    sweep.saddles(),
                    sweep.snapshot().root().resolve(SweepFolder.SPECTRA)));
        }
    }

    private void cancelled() {
        status.info(String.format(
                Locale.ROOT,
                "Spectra cancelled after %d of %d points; the rows are kept in %s. "
                        + "Press Resume spectra to go on; automatic spectra are off until you tick them again.",
                sweep.done(),
                sweep.snapshot().kept().size(),
                sweep.snapshot().root().resolve(SweepFolder.SPECTRA)));
    }

    private String rowMessage(PointSpectrum r) {
        return String.format(
                Locale.ROOT,
                "Spectra: %d of %d points · %s · seed %d · %s · λ_min(∇²L_λ) = %.4g%s",
                sweep.done(),
                sweep.snapshot().kept().size(),
                r.branch().id(),
                r.seed(),
                PhaseFormat.lambda(r.lambda(), unit.getValue()),
                r.minL(),
                r.index() > 0 ? " (saddle, index " + r.index() + ")" : "");
    }

    /** Whether a spectra job runs. */
    boolean isRunning() {
        return job.stateProperty().get().isActive();
    }

    ReadOnlyObjectProperty<JobState> stateProperty() {
        return job.stateProperty();
    }

    Command computeCommand() {
        return compute;
    }

    /** Stops the job after its current step (the rows written stay) and turns automatic spectra off. */
    Command cancelCommand() {
        return cancel;
    }
}
