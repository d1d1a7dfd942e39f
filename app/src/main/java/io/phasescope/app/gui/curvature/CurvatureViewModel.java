package io.phasescope.app.gui.curvature;

import io.phasescope.app.curvature.CurvatureData;
import io.phasescope.app.curvature.FollowedSweep;
import io.phasescope.app.curvature.SweepSnapshot;
import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.render.curvature.SpectraAxis;
import io.phasescope.render.curvature.SpectraDiagram;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The Curvature view's state: follows the sweep open in the Phase-diagram view ({@link FollowedSweep}), computes the
 * Hessian spectra along it in the background (automatically as points land, unless switched off) with a
 * {@link SpectraRun} (resumable, cancellable, its rows streamed in at most every {@link StreamingJob#REFRESH_INTERVAL}),
 * shows them with a {@link SpectraSummary} (diagram, the report relating each detected transition to the nearest zero
 * crossing of λ_min(∇²L_λ), a headline), and holds the density panel ({@link DensityViewModel}) and the toy-model
 * lesson ({@link ToyLessonViewModel}).
 *
 * <p>All methods run on the UI thread.
 */
public final class CurvatureViewModel {

    /** Up to this many processors, automatic spectra wait while a sweep trains (see {@link #sweepTrainingProperty}). */
    public static final int SHARED_CORES = 2;
    /** Shortest time between two readings of the sweep's kept points while it grows (it may be running). */
    public static final Duration RELOAD_INTERVAL = Duration.ofSeconds(1);

    private final ObservableValue<Path> folder;
    private final ObservableValue<LambdaUnit> unit;
    private final TaskExecutor executor;
    private final CurvatureData data = new CurvatureData();
    private final FollowedSweep sweep = new FollowedSweep();
    private final CurvatureSettings form;
    private final DensityViewModel density;
    private final ToyLessonViewModel lesson = new ToyLessonViewModel();
    private final SpectraSummary summary;
    private final SpectraRun run;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanProperty automatic = new SimpleBooleanProperty(this, "automatic", true);
    private final BooleanProperty sweepTraining = new SimpleBooleanProperty(this, "sweepTraining");
    private final boolean besideSweeps;
    private final Coalescer reloader;

    /**
     * @param folder the sweep open in the Phase-diagram view, or null
     * @param analysis its transitions and phases, or null
     * @param unit the unit of λ axes and λ texts
     * @param executor runs the spectra and density jobs and the refreshes
     * @param status receives progress and errors
     */
    public CurvatureViewModel(
            ObservableValue<Path> folder,
            ObservableValue<SweepAnalysis> analysis,
            ObservableValue<LambdaUnit> unit,
            TaskExecutor executor,
            StatusModel status) {
        this(folder, analysis, unit, executor, status, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param cores processors of the machine: with more than {@value #SHARED_CORES}, automatic spectra run beside a
     *     training sweep; with fewer they wait for it to pause or end, so that the sweep and the UI keep a core each
     */
    CurvatureViewModel(
            ObservableValue<Path> folder,
            ObservableValue<SweepAnalysis> analysis,
            ObservableValue<LambdaUnit> unit,
            TaskExecutor executor,
            StatusModel status,
            int cores) {
        if (folder == null || analysis == null || unit == null || executor == null || status == null) {
            throw new IllegalArgumentException("folder, analysis, unit, executor and status must be given, were "
                    + folder + ", " + analysis + ", " + unit + ", " + executor + ", " + status);
        }
        this.folder = folder;
        this.unit = unit;
        this.executor = executor;
        this.besideSweeps = cores > SHARED_CORES;
        form = new CurvatureSettings(executor);
        density = new DensityViewModel(data, form, unit, executor, status);
        summary = new SpectraSummary(sweep, folder, analysis, unit);
        reloader = executor.throttle(RELOAD_INTERVAL, this::reload);
        run = new SpectraRun(sweep, summary, form, data, unit, loaded, automatic, reloader::request, executor, status);

        folder.addListener((obs, old, now) -> folderChanged(now));
        analysis.addListener((obs, old, now) -> {
            summary.refreshReport();
            if (!run.isRunning() && sweep.snapshot() != null) {
                reloader.request();
            }
        });
        automatic.addListener((obs, old, now) -> {
            if (now) {
                startIfMissing();
            }
        });
        sweepTraining.addListener((obs, was, training) -> {
            if (!training && automatic.get()) {
                reloader.request(); // the points that landed while it trained
            }
        });
        folderChanged(folder.getValue());
    }

    private void folderChanged(Path root) {
        run.abandon();
        sweep.clear();
        loaded.set(false);
        density.clear();
        summary.publish();
        if (root != null) {
            summary.reading(root);
            load(root);
        }
    }

    private void reload() {
        Path root = folder.getValue();
        if (root != null && !run.isRunning()) {
            load(root);
        }
    }

    private void load(Path root) {
        executor.execute(BackgroundTask.of("read sweep spectra", control -> SweepSnapshot.load(root))
                .onSuccess(read -> {
                    if (root.equals(folder.getValue()) && !run.isRunning()) {
                        show(read);
                    }
                })
                .onFailure(error -> {
                    if (root.equals(folder.getValue())) {
                        summary.unreadable(root, error);
                    }
                }));
    }

    private void show(SweepSnapshot read) {
        sweep.show(read);
        loaded.set(read.isMlp());
        density.show(read);
        summary.publish();
        startIfMissing();
    }

    /** With {@link #automaticProperty()} on, starts a job when kept points lack spectra and none runs. */
    private void startIfMissing() {
        if (automatic.get()
                && !run.isRunning()
                && loaded.get()
                && form.spectraValidProperty().get()
                && sweep.missing() > 0
                && (besideSweeps || !sweepTraining.get())) {
            run.compute(false);
        }
    }

    /** The rows of the sweep followed so far, in file order; updated as they land, whether or not the view shows. */
    public ReadOnlyObjectProperty<List<PointSpectrum>> rowsProperty() {
        return summary.rowsProperty();
    }

    /**
     * Whether the view is on screen (true by default); while it is not, rows are still computed and published in
     * {@link #rowsProperty()} but the chart's diagram waits, to be brought up to date when the view shows again.
     */
    public BooleanProperty activeProperty() {
        return summary.activeProperty();
    }

    /** What the spectra chart shows: the rows so far, the transitions and the unit. */
    public ReadOnlyObjectProperty<SpectraDiagram> diagramProperty() {
        return summary.diagramProperty();
    }

    /** One line per transition relating it to the nearest zero crossing of λ_min(∇²L_λ). */
    public ObservableList<String> report() {
        return summary.report();
    }

    /** The sweep followed and how far its spectra are, in one line; empty without a sweep. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.summaryProperty();
    }

    /** Where the spectra job is: {@link JobState#IDLE} when none runs. */
    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return run.stateProperty();
    }

    /**
     * Whether spectra are computed without asking, in the background, for every kept point of the sweep followed
     * that has none: when a sweep opens and as each new point lands. On by default; cancelling the job or a failure
     * turns it off.
     */
    public BooleanProperty automaticProperty() {
        return automatic;
    }

    /** What the spectra charts are drawn against: λ (or β), ‖θ‖ or ‖θ − θ_ref‖ (the paper's Figure 3). */
    public ObjectProperty<SpectraAxis> axisProperty() {
        return summary.axisProperty();
    }

    /**
     * Whether the sweep followed is training (not paused); the composition root binds it to the Phase-diagram view.
     * On a machine of at most {@value #SHARED_CORES} processors automatic spectra wait while it is true and catch up
     * when the sweep pauses or ends; on larger machines they follow each point as it lands.
     */
    public BooleanProperty sweepTrainingProperty() {
        return sweepTraining;
    }

    /** Runs (or resumes) the spectra of the sweep followed. */
    public Command computeCommand() {
        return run.computeCommand();
    }

    /** Stops the spectra job after its current step; the rows written stay. */
    public Command cancelCommand() {
        return run.cancelCommand();
    }

    /** The density panel. */
    public DensityViewModel density() {
        return density;
    }

    /** The toy-model lesson. */
    public ToyLessonViewModel lesson() {
        return lesson;
    }

    /** The unit of λ axes and texts, followed from the Phase-diagram view. */
    public ObservableValue<LambdaUnit> unitProperty() {
        return unit;
    }

    /** The settings of spectra and densities. */
    public CurvatureSettings settings() {
        return form;
    }
}
