package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.DataCache;
import io.phasescope.app.gui.common.JobErrors;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.common.ValidatedField;
import io.phasescope.app.gui.task.BackgroundTask;
import io.phasescope.app.gui.task.Coalescer;
import io.phasescope.app.gui.task.TaskExecutor;
import io.phasescope.app.gui.training.DatasetChoice;
import io.phasescope.app.gui.training.DigitSample;
import io.phasescope.app.gui.training.EtaEstimator;
import io.phasescope.app.gui.training.InputParsers;
import io.phasescope.app.gui.training.JobState;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.sweep.Phase;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.render.phase.LambdaUnit;
import io.phasescope.render.phase.PhaseDiagram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs, resumes and opens λ sweeps for the Phase-diagram view and turns them into a {@link PhaseDiagram},
 * transitions and phases, a λ slider over the grid with the model at the selected point (evaluated in the
 * background), probes between grid points, and the status bar.
 *
 * <p>All methods run on the UI thread. The sweep reports from its worker threads into a queue that is
 * drained at most every {@link #REFRESH_INTERVAL}; the diagram is republished at the same rate. Models are
 * evaluated and probes trained on background threads, each with its own engine: the UI thread never touches
 * ND4J.
 */
public final class PhaseViewModel {

    private static final JobErrors ERRORS = new JobErrors("The sweep", "Cannot run this sweep", "a smaller sweep");

    /** Shortest time between two UI refreshes while a sweep runs: at most about 30 per second. */
    public static final Duration REFRESH_INTERVAL = Duration.ofMillis(33);
    /** Shortest time between two redraws for new spectra rows: saddle marks need not follow each row. */
    public static final Duration SPECTRA_INTERVAL = Duration.ofSeconds(1);
    /** Shortest time between two evaluations of the model at the selected point (the latest one wins). */
    public static final Duration INSPECT_DELAY = Duration.ofMillis(150);
    /** How many test images the model view shows. */
    public static final int SAMPLE_COUNT = 14;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final TaskExecutor executor;
    private final StatusModel status;
    private final Path sweepsRoot;
    private final DataCache data = new DataCache();

    // settings
    private final ObservableList<SweepChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<SweepChoice> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final ObjectProperty<SweepChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObjectProperty<SweepMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final ValidatedField<List<Long>> seeds;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<LambdaUnit> unit = new SimpleObjectProperty<>(this, "unit", LambdaUnit.LAMBDA);
    private final ReadOnlyStringWrapper axisLabel = new ReadOnlyStringWrapper(this, "axisLabel");
    private boolean applyingSettings;
    private boolean settingsChanged;

    // the sweep shown
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.IDLE);
    private final ReadOnlyBooleanWrapper probing = new ReadOnlyBooleanWrapper(this, "probing");
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable");
    private final ReadOnlyObjectWrapper<Path> folderPath = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyObjectWrapper<SweepAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<PhaseDiagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ObjectProperty<List<PointSpectrum>> spectra = new SimpleObjectProperty<>(this, "spectra", List.of());
    private final ObservableList<String> transitionLines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyTransitionLines =
            FXCollections.unmodifiableObservableList(transitionLines);
    private final ObservableList<String> phaseLines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyPhaseLines = FXCollections.unmodifiableObservableList(phaseLines);
    private final ReadOnlyIntegerWrapper gridSize = new ReadOnlyIntegerWrapper(this, "gridSize");
    private final ReadOnlyIntegerWrapper pointCount = new ReadOnlyIntegerWrapper(this, "pointCount");
    private final List<SweepPoint> points = new ArrayList<>();
    private final List<SweepPoint> probes = new ArrayList<>();
    private final Map<SweepPoint, float[]> probeThetas = new IdentityHashMap<>();
    private SweepFolder folder;
    private List<String> classNames = DatasetChoice.MNIST.classNames();
    private List<SweepPoint> pointsView;
    private List<SweepPoint> probesView;

    // the slider and the model at the selected point
    private final DoubleProperty sliderPosition = new SimpleDoubleProperty(this, "sliderPosition");
    private final BooleanProperty sliderChanging = new SimpleBooleanProperty(this, "sliderChanging");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final ObservableList<BranchKey> branches = FXCollections.observableArrayList();
    private final ObservableList<BranchKey> readOnlyBranches = FXCollections.unmodifiableObservableList(branches);
    private final ObjectProperty<BranchKey> branch = new SimpleObjectProperty<>(this, "branch");
    private final ReadOnlyObjectWrapper<SweepPoint> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper sliderText = new ReadOnlyStringWrapper(this, "sliderText", "");
    private final ReadOnlyObjectWrapper<ModelAtLambda> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObservableList<DigitSample> samples = FXCollections.observableArrayList();
    private final ObservableList<DigitSample> readOnlySamples = FXCollections.unmodifiableObservableList(samples);
    private Dataset samplesShown;
    private boolean syncing;
    private boolean inspecting;
    private boolean inspectAgain;

    // the running sweep
    private final Queue<SweepEvent> events = new ConcurrentLinkedQueue<>();
    private final Coalescer refresher;
    private final Coalescer diagramPublisher;
    private final Coalescer inspector;
    private final EtaEstimator eta = new EtaEstimator();
    private final Command run;
    private final Command pauseResume;
    private final Command cancel;
    private final ObservableBooleanValue canOpen;
    private BackgroundTask<List<SweepPoint>> job;
    private BackgroundTask<ModelInspector.Probe> probeJob;
    private int done;
    private int total;
    private SweepEvent.StepStarted step;
    private SweepEvent.Epoch epoch;

    /**
     * With the standard sweeps ({@link SweepChoice#standard}).
     *
     * @param mnistFolder a folder of MNIST IDX files, or {@code null} for the verified download cache
     * @param sweepsRoot the folder in which new sweeps get their own folders
     */
    public PhaseViewModel(Path mnistFolder, Path sweepsRoot, TaskExecutor executor, StatusModel status) {
        this(SweepChoice.standard(mnistFolder), sweepsRoot, executor, status);
    }

    /**
     * @param choices the sweeps offered, the first selected (at least one)
     * @param sweepsRoot the folder in which new sweeps get their own folders
     * @param executor runs the sweep, evaluations, probes and refreshes
     * @param status receives progress and errors
     */
    public PhaseViewModel(List<SweepChoice> choices, Path sweepsRoot, TaskExecutor executor, StatusModel status) {
        if (choices == null || choices.isEmpty() || sweepsRoot == null || executor == null || status == null) {
            throw new IllegalArgumentException("choices, sweepsRoot, executor and status must be given, were " + choices
                    + ", " + sweepsRoot + ", " + executor + ", " + status);
        }
        this.executor = executor;
        this.status = status;
        this.sweepsRoot = sweepsRoot;
        this.choices.setAll(choices);
        this.refresher = executor.throttle(REFRESH_INTERVAL, this::drainEvents);
        this.diagramPublisher = executor.throttle(REFRESH_INTERVAL, this::publishDiagramNow);
        Coalescer spectraPublisher = executor.throttle(SPECTRA_INTERVAL, this::publishDiagramNow);
        spectra.addListener((obs, old, now) -> spectraPublisher.request());
        this.inspector = executor.throttle(INSPECT_DELAY, this::inspectNow);
        this.seeds = new ValidatedField<>("1", InputParsers::seeds, executor);

        choice.addListener((obs, old, now) -> choiceChanged(now));
        mode.addListener((obs, old, now) -> settingChanged());
        seeds.valueProperty().addListener((obs, old, now) -> settingChanged());
        unit.addListener((obs, old, now) -> unitChanged());
        sliderPosition.addListener((obs, old, now) -> sliderMoved(now.doubleValue()));
        sliderChanging.addListener((obs, was, now) -> {
            if (was && !now && !syncing) {
                sliderReleased(sliderPosition.get());
            }
        });
        branch.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                follow.set(false);
                scrubTo(sliderPosition.get());
            }
        });
        follow.addListener((obs, was, now) -> {
            if (now && !points.isEmpty()) {
                followTo(points.get(points.size() - 1));
            }
        });

        run = new Command(
                Bindings.when(resumable.and(state.isEqualTo(JobState.IDLE)))
                        .then("Resume sweep")
                        .otherwise("Run sweep"),
                state.isEqualTo(JobState.IDLE).and(seeds.validProperty()),
                this::run);
        pauseResume = new Command(
                Bindings.when(state.isEqualTo(JobState.PAUSED)).then("Resume").otherwise("Pause"),
                state.isEqualTo(JobState.TRAINING).or(state.isEqualTo(JobState.PAUSED)),
                this::togglePause);
        cancel = new Command(
                "Cancel",
                Bindings.createBooleanBinding(
                        () -> (state.get().isActive() && state.get() != JobState.STOPPING) || probing.get(),
                        state,
                        probing),
                this::cancel);
        canOpen = state.isEqualTo(JobState.IDLE);
        axisLabel.set(unit.get().axisLabel());
        choice.set(choices.get(0));
        settingsChanged = false;
        publishDiagramNow();
    }

    // ---- settings ----

    private void choiceChanged(SweepChoice now) {
        if (now == null) {
            return;
        }
        boolean programmatic = applyingSettings;
        applyingSettings = true;
        try {
            mode.set(now.spec().mode());
            seeds.setText(now.spec().seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        } finally {
            applyingSettings = programmatic;
        }
        summary.set(PhaseFormat.summary(now.spec()));
        settingChanged();
    }

    private void settingChanged() {
        if (!applyingSettings) {
            settingsChanged = true;
            updateResumable();
        }
    }

    /** The sweep the settings describe. */
    SweepSpec requestedSpec() {
        return choice.get().spec().withMode(mode.get()).withSeeds(seeds.getValue());
    }

    private void unitChanged() {
        axisLabel.set(unit.get().axisLabel());
        refreshLists();
        updateSelectionText();
        publishDiagram();
    }

    // ---- running ----

    private void run() {
        if (!seeds.commit()) {
            status.error(seeds.errorProperty().get());
            return;
        }
        boolean resume = resumable.get();
        Path root;
        SweepSpec spec;
        if (resume) {
            root = folderPath.get();
            spec = folder.spec();
        } else {
            try {
                spec = requestedSpec();
            } catch (IllegalArgumentException e) {
                status.error("Cannot run this sweep: " + e.getMessage());
                return;
            }
            root = newFolder(choice.get().id());
            clearSweep();
        }
        events.clear();
        step = null;
        epoch = null;
        state.set(JobState.LOADING);
        status.info((resume ? "Resuming the sweep in " : "Starting a sweep in ") + root + " …");
        status.progress(StatusModel.BUSY);
        status.eta("");
        int workers =
                Math.max(1, Math.min(spec.seeds().size(), Runtime.getRuntime().availableProcessors()));
        job = BackgroundTask.of("sweep", new SweepJob(root, spec, data, workers, SAMPLE_COUNT, this::publish))
                .onSuccess(this::finished)
                .onFailure(this::failed)
                .onCancelled(this::cancelled);
        executor.execute(job);
    }

    private Path newFolder(String id) {
        String stem = id + "-" + LocalDateTime.now().format(STAMP);
        Path candidate = sweepsRoot.resolve(stem);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = sweepsRoot.resolve(stem + "-" + n);
        }
        return candidate;
    }

    private void togglePause() {
        if (state.get() == JobState.PAUSED) {
            job.control().resume();
            state.set(JobState.TRAINING);
            eta.restart(fraction(), System.nanoTime());
            status.info("Resumed");
        } else {
            job.control().pause();
            state.set(JobState.PAUSED);
            status.info("Paused after " + done + " of " + total + " steps; press Resume to go on");
            status.eta("");
        }
    }

    private void cancel() {
        if (job != null && state.get().isActive() && state.get() != JobState.STOPPING) {
            job.cancel();
            state.set(JobState.STOPPING);
            status.info("Cancelling the sweep …");
        } else if (probeJob != null) {
            probeJob.cancel();
            status.info("Cancelling the probe …");
        }
    }

    /** Called on the sweep's threads: queue only. */
    private void publish(SweepEvent event) {
        events.add(event);
        refresher.request();
    }

    private void drainEvents() {
        SweepPoint latest = null;
        boolean message = false;
        for (SweepEvent event; (event = events.poll()) != null; ) {
            if (event instanceof SweepEvent.Status s) {
                status.info(s.message());
            } else if (event instanceof SweepEvent.Opened opened) {
                showOpened(opened);
            } else if (event instanceof SweepEvent.Started started) {
                started(started);
            } else if (event instanceof SweepEvent.StepStarted started) {
                step = started;
                epoch = null;
                message = true;
            } else if (event instanceof SweepEvent.Epoch e) {
                epoch = e;
                message = true;
            } else if (event instanceof SweepEvent.Point p) {
                points.add(p.point());
                done = p.done();
                total = p.total();
                latest = p.point();
                message = true;
            }
        }
        if (latest != null) {
            pointsChanged();
            double fraction = fraction();
            status.progress(fraction);
            status.eta(eta.remaining(fraction, System.nanoTime())
                    .map(left -> "about " + EtaEstimator.format(left) + " left")
                    .orElse("estimating time left …"));
            if (follow.get()) {
                followTo(latest);
            }
        }
        if (message && state.get() == JobState.TRAINING) {
            status.info(runningMessage());
        }
    }

    private void started(SweepEvent.Started started) {
        done = started.done();
        total = started.total();
        showSamples(started.samples());
        if (state.get() == JobState.LOADING) {
            state.set(JobState.TRAINING);
        }
        status.progress(fraction());
        status.info("Sweeping " + folder.spec().network().describe() + ": " + done + " of " + total + " steps done");
        eta.restart(fraction(), System.nanoTime());
    }

    private String runningMessage() {
        StringBuilder text = new StringBuilder(
                "Sweep " + (folder == null ? "" : folder.spec().name()));
        if (step != null) {
            text.append(" · ")
                    .append(step.branch().id())
                    .append(" · seed ")
                    .append(step.seed())
                    .append(" · ")
                    .append(PhaseFormat.lambda(step.lambda(), unit.get()));
        }
        if (epoch != null) {
            text.append(" · epoch ")
                    .append(epoch.epoch())
                    .append(" of at most ")
                    .append(epoch.maxEpochs());
        }
        text.append(" · ").append(done).append(" of ").append(total).append(" steps done");
        return text.toString();
    }

    private void finished(List<SweepPoint> all) {
        drainEvents();
        end();
        status.progress(1);
        SweepAnalysis a = analysis.get();
        status.info(String.format(
                Locale.ROOT,
                "Sweep complete: %d points, %d transitions, %d phases, in %s",
                all.size(),
                a == null ? 0 : a.transitions().size(),
                a == null ? 0 : a.phases().size(),
                folderPath.get()));
    }

    private void cancelled() {
        drainEvents();
        end();
        status.info("Cancelled after " + done + " of " + total + " steps; the completed points are kept in "
                + folderPath.get() + ". Press Resume sweep to go on.");
    }

    private void failed(Throwable error) {
        drainEvents();
        end();
        status.progress(0);
        status.error(ERRORS.describe(error));
    }

    private void end() {
        job = null;
        state.set(JobState.IDLE);
        status.eta("");
        updateResumable();
    }

    private double fraction() {
        return total == 0 ? 0 : Math.min(1, done / (double) total);
    }

    // ---- opening ----

    /** Opens the sweep in {@code root} to look at it (and resume it with Resume sweep). */
    public void openFolder(Path root) {
        openFolder(root, Double.NaN);
    }

    /** Opens the sweep in {@code root} and then moves the λ slider to {@code sliderPosition} (NaN: leaves it). */
    public void openFolder(Path root, double sliderPosition) {
        if (state.get() != JobState.IDLE) {
            status.error("Cancel the running sweep before opening another");
            return;
        }
        status.info("Opening the sweep in " + root + " …");
        status.progress(StatusModel.BUSY);
        executor.execute(BackgroundTask.of("open sweep", control -> {
                    SweepFolder opened = SweepFolder.open(root);
                    return new SweepEvent.Opened(opened, opened.points(), ModelInspector.readProbes(opened));
                })
                .onSuccess(opened -> {
                    SweepChoice shown = SweepChoice.opened(root, opened.folder().spec());
                    applyingSettings = true;
                    try {
                        choices.removeIf(c -> c.label().startsWith("Opened: "));
                        choices.add(shown);
                        choice.set(shown);
                    } finally {
                        applyingSettings = false;
                    }
                    settingsChanged = false;
                    clearSweep();
                    showOpened(opened);
                    total = opened.folder().spec().totalSteps();
                    done = points.size();
                    status.progress(fraction());
                    SweepAnalysis a = analysis.get();
                    status.info(String.format(
                            Locale.ROOT,
                            "Opened %s: %d of %d steps, %d transitions, %d probes%s",
                            root,
                            done,
                            total,
                            a.transitions().size(),
                            probes.size(),
                            done < total ? "; Resume sweep goes on" : ""));
                    if (Double.isFinite(sliderPosition)) {
                        this.sliderPosition.set(sliderPosition);
                    }
                })
                .onFailure(error -> {
                    status.progress(0);
                    status.error("Cannot open " + root + ": " + error.getMessage());
                }));
    }

    public ObservableBooleanValue canOpenProperty() {
        return canOpen;
    }

    private void showOpened(SweepEvent.Opened opened) {
        boolean same = opened.folder().root().equals(folderPath.get());
        folder = opened.folder();
        folderPath.set(folder.root());
        classNames = classNamesOf(folder.spec());
        gridSize.set(folder.spec().grid().values().length);
        points.clear();
        points.addAll(opened.points());
        total = folder.spec().totalSteps();
        done = points.size();
        if (!same) {
            probes.clear();
            probes.addAll(opened.probes());
            probeThetas.clear();
            probesView = null;
        }
        settingsChanged = false;
        pointsChanged();
        if (!points.isEmpty() && (selected.get() == null || follow.get())) {
            followTo(points.get(points.size() - 1));
        }
    }

    private void clearSweep() {
        folder = null;
        folderPath.set(null);
        points.clear();
        probes.clear();
        probeThetas.clear();
        probesView = null;
        branches.clear();
        syncing = true;
        try {
            branch.set(null);
            sliderPosition.set(0);
        } finally {
            syncing = false;
        }
        selected.set(null);
        model.set(null);
        follow.set(true);
        done = 0;
        total = 0;
        pointsChanged();
        updateSelectionText();
    }

    private static List<String> classNamesOf(SweepSpec spec) {
        for (DatasetChoice c : DatasetChoice.values()) {
            if (c.kind() == spec.data().kind()
                    && c.classNames().size() == spec.network().classCount()) {
                return c.classNames();
            }
        }
        return IntStream.range(0, spec.network().classCount())
                .mapToObj(Integer::toString)
                .toList();
    }

    // ---- points, analysis, diagram ----

    private void pointsChanged() {
        pointsView = null;
        pointCount.set(points.size());
        analysis.set(points.isEmpty() ? null : SweepAnalysis.of(points, SweepAnalysis.DEFAULT_HOLD_THRESHOLD));
        List<BranchKey> keys = points.stream()
                .filter(p -> p.index() >= 0)
                .map(BranchKey::of)
                .distinct()
                .toList();
        if (!keys.equals(branches)) {
            syncing = true;
            try {
                branches.setAll(keys);
                if (branch.get() != null && !keys.contains(branch.get())) {
                    branch.set(null);
                }
                if (branch.get() == null && !keys.isEmpty()) {
                    branch.set(keys.get(0));
                }
            } finally {
                syncing = false;
            }
        }
        refreshLists();
        updateResumable();
        publishDiagram();
    }

    private void refreshLists() {
        SweepAnalysis a = analysis.get();
        if (a == null) {
            transitionLines.clear();
            phaseLines.clear();
            return;
        }
        transitionLines.setAll(a.transitions().stream()
                .map(t -> PhaseFormat.transition(t, unit.get(), classNames))
                .toList());
        phaseLines.setAll(a.phases().stream()
                .map(p -> PhaseFormat.phase(p, unit.get(), classNames))
                .toList());
    }

    private void updateResumable() {
        resumable.set(folder != null
                && !settingsChanged
                && points.size() < folder.spec().totalSteps());
    }

    private void publishDiagram() {
        diagramPublisher.request();
    }

    private void publishDiagramNow() {
        if (pointsView == null) {
            pointsView = List.copyOf(points);
        }
        if (probesView == null) {
            probesView = List.copyOf(probes);
        }
        SweepAnalysis a = analysis.get();
        PhaseDiagram now = new PhaseDiagram(
                classNames,
                pointsView,
                probesView,
                a == null ? List.of() : a.transitions(),
                unit.get(),
                selected.get(),
                spectra.get() == null ? List.of() : spectra.get());
        diagram.set(now);
    }

    // ---- slider, selection and the model view ----

    private double[] grid() {
        return folder == null ? null : folder.spec().grid().values();
    }

    private void sliderMoved(double position) {
        if (syncing) {
            return;
        }
        follow.set(false);
        if (sliderChanging.get()) {
            scrubTo(position);
        } else {
            sliderReleased(position);
        }
    }

    private void sliderReleased(double position) {
        double[] grid = grid();
        if (grid == null) {
            return;
        }
        if (GridPosition.isBetween(grid, position) && branch.get() != null) {
            if (probing.get()) {
                status.info("A probe is running; wait for it or cancel it before probing again");
            } else {
                probe(GridPosition.probeLambda(
                        grid, position, folder.spec().grid().isLog()));
                return;
            }
        }
        int index = GridPosition.nearest(grid, position);
        moveSlider(index);
        scrubTo(index);
    }

    private void scrubTo(double position) {
        double[] grid = grid();
        BranchKey key = branch.get();
        if (grid == null || key == null) {
            return;
        }
        int index = GridPosition.nearest(grid, position);
        pointsOf(key).stream()
                .min(Comparator.comparingInt(p -> Math.abs(p.index() - index)))
                .ifPresent(this::select);
    }

    private void followTo(SweepPoint point) {
        if (point.index() < 0) {
            return;
        }
        syncing = true;
        try {
            branch.set(BranchKey.of(point));
            sliderPosition.set(point.index());
        } finally {
            syncing = false;
        }
        select(point);
    }

    private void moveSlider(double position) {
        syncing = true;
        try {
            sliderPosition.set(position);
        } finally {
            syncing = false;
        }
    }

    private void select(SweepPoint point) {
        if (point == selected.get()) {
            return;
        }
        selected.set(point);
        updateSelectionText();
        publishDiagram();
        inspector.request();
    }

    private List<SweepPoint> pointsOf(BranchKey key) {
        return points.stream().filter(p -> p.index() >= 0 && key.contains(p)).toList();
    }

    private void updateSelectionText() {
        SweepPoint p = selected.get();
        double[] grid = grid();
        if (grid != null) {
            double position = sliderPosition.get();
            double lambda =
                    GridPosition.lambdaAt(grid, position, folder.spec().grid().isLog());
            String where = !GridPosition.isBetween(grid, position)
                    ? " · point " + (GridPosition.nearest(grid, position) + 1) + " of " + grid.length
                    : probing.get() ? " · probing here …" : " · release to probe here";
            sliderText.set(PhaseFormat.lambda(lambda, unit.get()) + where);
        } else {
            sliderText.set("");
        }
        if (p == null) {
            headline.set("");
            return;
        }
        StringBuilder text = new StringBuilder(p.index() < 0 ? "Probe · " : "");
        text.append(p.branch().id())
                .append(" · seed ")
                .append(p.seed())
                .append(" · ")
                .append(PhaseFormat.lambda(p.lambda(), unit.get()))
                .append(String.format(
                        Locale.ROOT,
                        " · test accuracy %.1f %% · E_train %.4f nats · ‖θ‖ = %.2f",
                        100 * p.testAccuracy(),
                        p.trainLoss(),
                        p.norm()));
        phaseOf(p)
                .ifPresent(phase -> text.append(" · ")
                        .append(
                                phase.isTrivial()
                                        ? "trivial phase"
                                        : "phase holding " + phase.classesHeld().size() + " of " + classNames.size()
                                                + " classes"));
        headline.set(text.toString());
        if (p.index() < 0) {
            sliderText.set(PhaseFormat.lambda(p.lambda(), unit.get()) + " · probe");
        } else if (grid != null && !GridPosition.isBetween(grid, sliderPosition.get())) {
            sliderText.set(
                    PhaseFormat.lambda(p.lambda(), unit.get()) + " · point " + (p.index() + 1) + " of " + grid.length);
        }
    }

    private Optional<Phase> phaseOf(SweepPoint p) {
        SweepAnalysis a = analysis.get();
        if (a == null) {
            return Optional.empty();
        }
        return a.phases().stream()
                .filter(f -> f.branch() == p.branch()
                        && f.seed() == p.seed()
                        && p.lambda() >= Math.min(f.lambdaFrom(), f.lambdaTo()) - 1e-15
                        && p.lambda() <= Math.max(f.lambdaFrom(), f.lambdaTo()) + 1e-15)
                .findFirst();
    }

    private void inspectNow() {
        SweepPoint target = selected.get();
        if (target == null || folder == null) {
            return;
        }
        if (model.get() != null && model.get().point() == target) {
            return;
        }
        if (inspecting) {
            inspectAgain = true;
            return;
        }
        inspecting = true;
        SweepFolder source = folder;
        float[] theta = probeThetas.get(target);
        List<SweepPoint> walk = pointsOf(BranchKey.of(target));
        executor.execute(BackgroundTask.of(
                        "model at λ",
                        control -> ModelInspector.inspect(source, data, target, theta, walk, SAMPLE_COUNT, control))
                .onSuccess(result -> {
                    // shown even when the selection moved on meanwhile (its title says where it is): while a
                    // fast sweep is followed, waiting for an exact match would show nothing
                    if (source == folder) {
                        showModel(result);
                    }
                    inspected();
                })
                .onFailure(error -> {
                    inspected();
                    status.error("Cannot show the model at λ = " + PhaseFormat.number(target.lambda()) + ": "
                            + error.getMessage());
                })
                .onCancelled(this::inspected));
    }

    private void inspected() {
        inspecting = false;
        if (inspectAgain) {
            inspectAgain = false;
            inspectNow();
        }
    }

    private void showModel(ModelAtLambda result) {
        showSamples(result.samples());
        if (result.hasModel()) {
            List<DigitSample> updated = new ArrayList<>(samples.size());
            for (int i = 0; i < samples.size(); i++) {
                updated.add(samples.get(i).withPrediction(result.predicted()[i], result.confidence()[i]));
            }
            samples.setAll(updated);
        }
        model.set(result);
    }

    private void showSamples(Dataset images) {
        if (images == samplesShown) {
            return;
        }
        samplesShown = images;
        int side = (int) Math.round(Math.sqrt(images.featureCount()));
        List<DigitSample> shown = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            float[] pixels =
                    Arrays.copyOfRange(images.features(), i * images.featureCount(), (i + 1) * images.featureCount());
            shown.add(new DigitSample(side, pixels, images.labels()[i], DigitSample.NONE, 0, classNames));
        }
        samples.setAll(shown);
    }

    // ---- probes ----

    private void probe(double lambda) {
        BranchKey key = branch.get();
        List<SweepPoint> walk = pointsOf(key);
        if (walk.isEmpty() && key.branch() != Branch.COLD) {
            status.info("No model of " + key + " to start a probe from yet");
            return;
        }
        probing.set(true);
        updateSelectionText();
        SweepFolder source = folder;
        status.info("Probing " + key + " at " + PhaseFormat.lambda(lambda, unit.get()) + " …");
        probeJob = BackgroundTask.of(
                        "probe",
                        control -> ModelInspector.probe(
                                source,
                                data,
                                key,
                                lambda,
                                walk,
                                SAMPLE_COUNT,
                                control,
                                message -> publish(new SweepEvent.Status(message))))
                .onSuccess(result -> probed(source, result))
                .onFailure(error -> {
                    probeEnded();
                    status.error("The probe at λ = " + PhaseFormat.number(lambda) + " failed: " + error.getMessage());
                })
                .onCancelled(() -> {
                    probeEnded();
                    status.info("Probe at λ = " + PhaseFormat.number(lambda) + " cancelled");
                });
        executor.execute(probeJob);
    }

    private void probed(SweepFolder source, ModelInspector.Probe result) {
        drainEvents();
        probeEnded();
        if (source != folder) {
            return;
        }
        SweepPoint point = result.model().point();
        probes.add(point);
        probeThetas.put(point, result.theta());
        probesView = null;
        publishDiagram();
        selected.set(point);
        updateSelectionText();
        showModel(result.model());
        publishDiagram();
        status.info(String.format(
                Locale.ROOT,
                "Probe %s at %s: test accuracy %.1f %%, ‖θ‖ = %.2f after %d epochs "
                        + "(warm-started from %s); added to %s",
                BranchKey.of(point),
                PhaseFormat.lambda(point.lambda(), unit.get()),
                100 * point.testAccuracy(),
                point.norm(),
                point.epochs(),
                result.warmStart() == null
                        ? "the initialization"
                        : "λ = " + PhaseFormat.number(result.warmStart().lambda()),
                source.root().resolve(ModelInspector.PROBES)));
    }

    private void probeEnded() {
        probeJob = null;
        probing.set(false);
        updateSelectionText();
    }

    // ---- properties and commands ----

    /** The sweeps offered; an opened folder adds one. */
    public ObservableList<SweepChoice> choices() {
        return readOnlyChoices;
    }

    public ObjectProperty<SweepChoice> choiceProperty() {
        return choice;
    }

    /** Which branches to walk; set from the chosen sweep, editable. */
    public ObjectProperty<SweepMode> modeProperty() {
        return mode;
    }

    /** The seeds, {@code "1"} or {@code "1, 2, 3"}. */
    public ValidatedField<List<Long>> seeds() {
        return seeds;
    }

    /** What the chosen sweep trains, in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The unit of every λ axis and λ text. */
    public ObjectProperty<LambdaUnit> unitProperty() {
        return unit;
    }

    /** The label of the λ axes in the current unit. */
    public ReadOnlyStringProperty axisLabelProperty() {
        return axisLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether a probe is training. */
    public ReadOnlyBooleanProperty probingProperty() {
        return probing.getReadOnlyProperty();
    }

    /** Whether Run resumes the sweep shown (rather than starting a new one). */
    public ReadOnlyBooleanProperty resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    /** The folder of the sweep shown, or {@code null}. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folderPath.getReadOnlyProperty();
    }

    /** Where new sweeps are created. */
    public Path sweepsRoot() {
        return sweepsRoot;
    }

    /** Transitions and phases of the points so far, or {@code null} before the first point. */
    public ReadOnlyObjectProperty<SweepAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** What the charts show, republished at most every {@link #REFRESH_INTERVAL}. */
    /**
     * The Hessian spectra of the open sweep's points (rows of its {@code spectra.csv}), marked on the charts where
     * L_λ has a saddle; the composition root binds it to the Curvature view's rows.
     */
    public ObjectProperty<List<PointSpectrum>> spectraProperty() {
        return spectra;
    }

    public ReadOnlyObjectProperty<PhaseDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** One line per transition, in the current unit. */
    public ObservableList<String> transitionLines() {
        return readOnlyTransitionLines;
    }

    /** One line per phase, in the current unit. */
    public ObservableList<String> phaseLines() {
        return readOnlyPhaseLines;
    }

    /** Grid points of the sweep shown (0 before one is shown); the slider runs from 0 to this minus one. */
    public ReadOnlyIntegerProperty gridSizeProperty() {
        return gridSize.getReadOnlyProperty();
    }

    /** Points of the sweep shown so far. */
    public ReadOnlyIntegerProperty pointCountProperty() {
        return pointCount.getReadOnlyProperty();
    }

    /** The slider: grid index, fractional between grid points. Moving it stops {@link #followProperty()}. */
    public DoubleProperty sliderPositionProperty() {
        return sliderPosition;
    }

    /**
     * Whether the slider is being dragged. While it is, the nearest grid point is selected; when it is released
     * (or moved without dragging) between grid points, a probe trains there.
     */
    public BooleanProperty sliderChangingProperty() {
        return sliderChanging;
    }

    /** Whether the selection follows the newest point of a running sweep. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** The walks (branch and seed) with points. */
    public ObservableList<BranchKey> branches() {
        return readOnlyBranches;
    }

    /** The walk the slider moves along. */
    public ObjectProperty<BranchKey> branchProperty() {
        return branch;
    }

    /** The point whose model is shown. */
    public ReadOnlyObjectProperty<SweepPoint> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected point in one line, or empty. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Where the slider is, in the current unit. */
    public ReadOnlyStringProperty sliderTextProperty() {
        return sliderText.getReadOnlyProperty();
    }

    /** The slider's tick label at {@code position}, in the current unit. */
    public String tickLabel(double position) {
        double[] grid = grid();
        return grid == null
                ? ""
                : PhaseFormat.number(unit.get()
                        .of(GridPosition.lambdaAt(
                                grid, position, folder.spec().grid().isLog())));
    }

    /** The evaluated model at the selected point, or {@code null} while none is. */
    public ReadOnlyObjectProperty<ModelAtLambda> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The sample test images with the selected model's predictions. */
    public ObservableList<DigitSample> samples() {
        return readOnlySamples;
    }

    /** The class names of the sweep shown. */
    public List<String> classNames() {
        return classNames;
    }

    /** The probes trained or loaded, in order. */
    public List<SweepPoint> probes() {
        return List.copyOf(probes);
    }

    public Command runCommand() {
        return run;
    }

    public Command pauseResumeCommand() {
        return pauseResume;
    }

    public Command cancelCommand() {
        return cancel;
    }
}
