package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.JobErrors;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.phase.PhaseFormat;
import io.phasescope.app.gui.task.BackgroundTask;
import io.phasescope.app.gui.task.Coalescer;
import io.phasescope.app.gui.task.EtaEstimator;
import io.phasescope.app.gui.task.TaskExecutor;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.sweep.PointKey;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.curvature.SpectraAxis;
import io.phasescope.render.curvature.SpectraDiagram;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Curvature view's state: follows the sweep open in the Phase-diagram view, computes the Hessian spectra
 * along it in the background (automatically as points land, unless switched off) ({@link SpectraJob}: resumable, cancellable, its rows streamed into a
 * {@link SpectraDiagram} at most every {@link #REFRESH_INTERVAL}), relates each detected transition to the
 * nearest zero crossing of λ_min(∇²L_λ) ({@link CrossingReport}), and holds the density panel
 * ({@link DensityViewModel}) and the toy-model lesson ({@link ToyLessonViewModel}).
 *
 * <p>All methods run on the UI thread; the job reports into a queue that is drained there.
 */
public final class CurvatureViewModel {

    /** Shortest time between two refreshes while spectra compute: at most about 30 per second. */
    public static final Duration REFRESH_INTERVAL = Duration.ofMillis(33);
    /** Up to this many processors, automatic spectra wait while a sweep trains (see {@link #sweepTrainingProperty}). */
    public static final int SHARED_CORES = 2;
    /** Shortest time between two readings of the sweep's kept points while it grows (it may be running). */
    public static final Duration RELOAD_INTERVAL = Duration.ofSeconds(1);

    private static final JobErrors ERRORS =
            new JobErrors("Computing spectra", "Cannot compute spectra", "fewer training images");

    private final ObservableValue<Path> folder;
    private final ObservableValue<SweepAnalysis> analysis;
    private final ObservableValue<LambdaUnit> unit;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final CurvatureData data = new CurvatureData();
    private final SpectraForm form;
    private final DensityViewModel density;
    private final ToyLessonViewModel lesson = new ToyLessonViewModel();

    private final ReadOnlyObjectWrapper<SpectraDiagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyReport = FXCollections.unmodifiableObservableList(report);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(this, "stopping");
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable");
    private final BooleanProperty automatic = new SimpleBooleanProperty(this, "automatic", true);
    private final ObjectProperty<SpectraAxis> axis = new SimpleObjectProperty<>(this, "axis", SpectraAxis.LAMBDA);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final BooleanProperty sweepTraining = new SimpleBooleanProperty(this, "sweepTraining");
    private final boolean besideSweeps;
    private final ReadOnlyObjectWrapper<List<PointSpectrum>> published =
            new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private boolean stale;
    private boolean quiet;
    private final Command compute;
    private final Command cancel;

    private final Queue<SpectraEvent> events = new ConcurrentLinkedQueue<>();
    private final Coalescer refresher;
    private final Coalescer reloader;
    private final EtaEstimator eta = new EtaEstimator();
    private final List<PointSpectrum> rows = new ArrayList<>();
    private SweepSnapshot snapshot;
    private BackgroundTask<List<PointSpectrum>> job;
    private int atStart;

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
        this.analysis = analysis;
        this.unit = unit;
        this.executor = executor;
        this.status = status;
        this.besideSweeps = cores > SHARED_CORES;
        form = new SpectraForm(executor);
        density = new DensityViewModel(data, form, unit, executor, status);
        refresher = executor.throttle(REFRESH_INTERVAL, this::drain);
        reloader = executor.throttle(RELOAD_INTERVAL, this::reload);
        compute = new Command(
                Bindings.when(resumable.and(running.not()))
                        .then("Resume spectra")
                        .otherwise("Compute spectra"),
                loaded.and(running.not()).and(form.spectraValidProperty()),
                () -> compute(true));
        cancel = new Command("Cancel", running.and(stopping.not()), this::cancel);

        folder.addListener((obs, old, now) -> folderChanged(now));
        analysis.addListener((obs, old, now) -> {
            refreshReport();
            if (!running.get() && snapshot != null) {
                reloader.request();
            }
        });
        unit.addListener((obs, old, now) -> publish());
        axis.addListener((obs, old, now) -> publish());
        active.addListener((obs, old, now) -> {
            if (now && stale) {
                publish();
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

    // ---- the sweep followed ----

    private void folderChanged(Path root) {
        if (job != null) {
            job.cancel();
            job = null;
            running.set(false);
            stopping.set(false);
            status.eta("");
        }
        events.clear();
        snapshot = null;
        loaded.set(false);
        rows.clear();
        density.clear();
        publish();
        if (root != null) {
            summary.set("Reading " + root.getFileName() + " …");
            load(root);
        }
    }

    private void reload() {
        Path root = folder.getValue();
        if (root != null && !running.get()) {
            load(root);
        }
    }

    private void load(Path root) {
        executor.execute(BackgroundTask.of("read sweep spectra", control -> SweepSnapshot.load(root))
                .onSuccess(loadedSnapshot -> {
                    if (root.equals(folder.getValue()) && !running.get()) {
                        show(loadedSnapshot);
                    }
                })
                .onFailure(error -> {
                    if (root.equals(folder.getValue())) {
                        summary.set("Cannot read " + root + ": " + error.getMessage());
                    }
                }));
    }

    private void show(SweepSnapshot shown) {
        snapshot = shown;
        rows.clear();
        rows.addAll(shown.rows());
        loaded.set(shown.isMlp());
        density.show(shown);
        publish();
        startIfMissing();
    }

    /** With {@link #automaticProperty()} on, starts a job when kept points lack spectra and none runs. */
    private void startIfMissing() {
        if (automatic.get()
                && !running.get()
                && loaded.get()
                && form.spectraValidProperty().get()
                && missing() > 0
                && (besideSweeps || !sweepTraining.get())) {
            compute(false);
        }
    }

    /** Kept points of the sweep followed with a row in spectra.csv (rows of points no longer kept aside). */
    private int done() {
        return snapshot.kept().size() - missing();
    }

    /** Kept points of the sweep followed without a row in spectra.csv. */
    private int missing() {
        Set<PointKey> done = new HashSet<>();
        rows.forEach(r -> done.add(r.key()));
        return (int)
                snapshot.kept().stream().filter(p -> !done.contains(p.key())).count();
    }

    // ---- computing ----

    /**
     * Starts the job. One started by hand reports its progress, ETA and end in the status bar; an automatic one
     * works quietly (the Curvature headline counts its rows), so that it does not cover what the user did last,
     * and speaks there only of a failure.
     */
    private void compute(boolean byHand) {
        SpectraSettings settings;
        try {
            settings = form.spectraSettings();
        } catch (IllegalArgumentException e) {
            status.error("Cannot compute spectra: " + e.getMessage());
            return;
        }
        Path root = snapshot.root();
        events.clear();
        running.set(true);
        quiet = !byHand;
        atStart = rows.size();
        if (!quiet) {
            status.info("Computing Hessian spectra along " + root.getFileName() + " …");
            status.progress(StatusModel.BUSY);
            status.eta("");
        }
        job = BackgroundTask.of("spectra", new SpectraJob(root, form.images().getValue(), settings, data, this::queue))
                .onSuccess(all -> ended(root, () -> finished(all)))
                .onFailure(error -> ended(root, () -> {
                    automatic.set(false);
                    if (!quiet) {
                        status.progress(0);
                    }
                    status.error(ERRORS.describe(error));
                }))
                .onCancelled(() -> ended(root, this::cancelled));
        executor.execute(job);
    }

    private void cancel() {
        if (job != null) {
            quiet = false; // the user asked: the end is reported
            automatic.set(false);
            job.cancel();
            stopping.set(true);
            status.info("Cancelling the spectra …");
        }
    }

    /** Called on the job's thread: queue only. */
    private void queue(SpectraEvent event) {
        events.add(event);
        refresher.request();
    }

    private void drain() {
        boolean changed = false;
        PointSpectrum latest = null;
        for (SpectraEvent event; (event = events.poll()) != null; ) {
            if (snapshot == null || !event.root().equals(snapshot.root())) {
                continue;
            }
            if (event instanceof SpectraEvent.Started started) {
                snapshot = started.snapshot();
                rows.clear();
                rows.addAll(started.snapshot().rows());
                atStart = rows.size();
                eta.restart(fraction(), System.nanoTime());
                changed = true;
            } else if (event instanceof SpectraEvent.Status s && !quiet) {
                status.info(s.message());
            } else if (event instanceof SpectraEvent.Row r) {
                rows.add(r.row());
                latest = r.row();
                changed = true;
            }
        }
        if (changed) {
            publish();
        }
        if (running.get() && !stopping.get() && snapshot != null && !quiet) {
            double fraction = fraction();
            status.progress(fraction);
            if (latest != null) {
                status.eta(eta.remaining(fraction, System.nanoTime())
                        .map(left -> "about " + EtaEstimator.format(left) + " left")
                        .orElse("estimating time left …"));
                status.info(rowMessage(latest));
            }
        }
    }

    private void ended(Path root, Runnable then) {
        drain();
        if (snapshot == null || !root.equals(snapshot.root())) {
            return;
        }
        job = null;
        running.set(false);
        stopping.set(false);
        if (!quiet) {
            status.eta("");
        }
        then.run();
        snapshot = snapshot.withRows(List.copyOf(rows));
        updateResumable();
        if (automatic.get()) {
            reloader.request(); // points may have landed while the job ran
        }
    }

    private void finished(List<PointSpectrum> all) {
        rows.clear();
        rows.addAll(all);
        publish();
        if (!quiet) {
            status.progress(1);
            status.info(String.format(
                    Locale.ROOT,
                    "Spectra complete: %d points (%d new), L_λ has a saddle at %d; " + "in %s",
                    all.size(),
                    all.size() - atStart,
                    saddles(),
                    snapshot.root().resolve(SweepFolder.SPECTRA)));
        }
    }

    private void cancelled() {
        status.info(String.format(
                Locale.ROOT,
                "Spectra cancelled after %d of %d points; the rows are kept in %s. "
                        + "Press Resume spectra to go on; automatic spectra are off until you tick them again.",
                done(),
                snapshot.kept().size(),
                snapshot.root().resolve(SweepFolder.SPECTRA)));
    }

    private String rowMessage(PointSpectrum r) {
        return String.format(
                Locale.ROOT,
                "Spectra: %d of %d points · %s · seed %d · %s · λ_min(∇²L_λ) = %.4g%s",
                done(),
                snapshot.kept().size(),
                r.branch().id(),
                r.seed(),
                PhaseFormat.lambda(r.lambda(), unit.getValue()),
                r.minL(),
                r.index() > 0 ? " (saddle, index " + r.index() + ")" : "");
    }

    private double fraction() {
        int total = snapshot.kept().size();
        return total == 0 ? 0 : done() / (double) total;
    }

    private int saddles() {
        return (int) rows.stream().filter(r -> r.index() > 0).count();
    }

    // ---- what is shown ----

    private void publish() {
        List<Transition> transitions = transitions();
        double[] grid =
                snapshot == null ? new double[0] : snapshot.spec().grid().values();
        double from = Arrays.stream(grid).min().orElse(Double.NaN);
        double to = Arrays.stream(grid).max().orElse(Double.NaN);
        List<SweepPoint> points = snapshot == null ? List.of() : snapshot.kept();
        List<PointSpectrum> shown = List.copyOf(rows);
        published.set(shown);
        stale = !active.get();
        if (!stale) {
            boolean ranged = from < to; // a one-point grid has no range: the axis fits the rows
            diagram.set(new SpectraDiagram(
                    shown,
                    transitions,
                    unit.getValue(),
                    ranged ? from : Double.NaN,
                    ranged ? to : Double.NaN,
                    points,
                    axis.get()));
        }
        refreshReport();
        updateResumable();
        updateSummary();
    }

    private List<Transition> transitions() {
        SweepAnalysis a = analysis.getValue();
        return a == null || snapshot == null ? List.of() : a.transitions();
    }

    private void refreshReport() {
        report.setAll(CrossingReport.lines(transitions(), rows, unit.getValue()));
    }

    private void updateResumable() {
        resumable.set(snapshot != null && !rows.isEmpty() && missing() > 0);
    }

    private void updateSummary() {
        if (folder.getValue() == null) {
            summary.set("");
        } else if (snapshot == null) {
            summary.set("Reading " + folder.getValue().getFileName() + " …");
        } else if (!snapshot.isMlp()) {
            summary.set("Hessian spectra need an MLP sweep; this sweep trains "
                    + snapshot.spec().network().describe() + ".");
        } else {
            summary.set(String.format(
                    Locale.ROOT,
                    "%s · %s: %d of %d kept points have spectra · L_λ has a saddle " + "(index ≥ 1) at %d",
                    snapshot.root().getFileName(),
                    snapshot.spec().network().describe(),
                    done(),
                    snapshot.kept().size(),
                    saddles()));
        }
    }

    // ---- properties and commands ----

    /** The rows of the sweep followed so far, in file order; updated as they land, whether or not the view shows. */
    public ReadOnlyObjectProperty<List<PointSpectrum>> rowsProperty() {
        return published.getReadOnlyProperty();
    }

    /**
     * Whether the view is on screen (true by default); while it is not, rows are still computed and published in
     * {@link #rowsProperty()} but the chart's diagram waits, to be brought up to date when the view shows again.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** What the spectra chart shows: the rows so far, the transitions and the unit. */
    public ReadOnlyObjectProperty<SpectraDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** One line per transition relating it to the nearest zero crossing of λ_min(∇²L_λ). */
    public ObservableList<String> report() {
        return readOnlyReport;
    }

    /** The sweep followed and how far its spectra are, in one line; empty without a sweep. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a spectra job runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
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
        return axis;
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
        return compute;
    }

    /** Stops the spectra job after its current step; the rows written stay. */
    public Command cancelCommand() {
        return cancel;
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
    public SpectraForm form() {
        return form;
    }
}
