package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.JobErrors;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.common.ValidatedField;
import io.phasescope.app.gui.library.LibraryModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.task.BackgroundTask;
import io.phasescope.app.gui.task.Coalescer;
import io.phasescope.app.gui.task.EtaEstimator;
import io.phasescope.app.gui.task.TaskExecutor;
import io.phasescope.app.gui.training.InputParsers;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepTrajectory;
import io.phasescope.render.landscape.SliceOverlay;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The landscape explorer's state and commands. Every change of a slice setting restarts the slice after the
 * settings have been still for {@link #SETTLE} (slider drags included): the running slice is cancelled, a
 * cached slice is shown at once, otherwise the new one streams in coarse to fine, at most 30 frames a second.
 * Clicking the slice probes the model there; paths between A = θ₀ and B are computed in the background and
 * overlaid, and the t slider evaluates the model at t (the latest t wins).
 */
public final class LandscapeViewModel {

    /** How long the settings must be still before a slice starts. */
    public static final Duration SETTLE = Duration.ofMillis(300);
    /** Interval of screen updates while a slice is refined. */
    public static final Duration REFRESH = Duration.ofMillis(33);
    /** Interval of model evaluations while t is scrubbed. */
    public static final Duration T_INTERVAL = Duration.ofMillis(80);
    /** Resolutions offered, points per axis. */
    public static final List<Integer> RESOLUTIONS = List.of(21, 41, 61, 81, 101);

    private static final JobErrors ERRORS =
            new JobErrors("The landscape", "Check the slice settings.", "Try fewer test images or a lower resolution.");

    private final ModelLibrary library;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final LandscapeData data;
    private final Path pathsRoot;
    private final PathCurvature pathCurvature;
    private final AtomicReference<PathProgress> pathProgress = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<PathProfile> runningPath = new ReadOnlyObjectWrapper<>(this, "runningPath");
    private final Coalescer pathProgressShower;
    private final SliceCache cache = new SliceCache();
    private final Projections projections = new Projections();
    private final EtaEstimator eta = new EtaEstimator();

    private final ObjectProperty<LibraryModel> origin = new SimpleObjectProperty<>(this, "origin");
    private final ObjectProperty<LibraryModel> modelB = new SimpleObjectProperty<>(this, "modelB");
    private final ObjectProperty<LibraryModel> modelC = new SimpleObjectProperty<>(this, "modelC");
    private final ObjectProperty<DirectionKind> direction =
            new SimpleObjectProperty<>(this, "direction", DirectionKind.RANDOM);
    private final ObjectProperty<Directions.BiasMode> biases =
            new SimpleObjectProperty<>(this, "biases", Directions.BiasMode.ZERO);
    private final BooleanProperty twoDimensional = new SimpleBooleanProperty(this, "twoDimensional", true);
    private final ObjectProperty<SliceQuantity.Kind> quantity =
            new SimpleObjectProperty<>(this, "quantity", SliceQuantity.Kind.LOSS);
    private final ValidatedField<Double> lambda;
    private final ValidatedField<Integer> classIndex;
    private final ValidatedField<Long> seed;
    private final ValidatedField<Integer> subset;
    private final DoubleProperty range = new SimpleDoubleProperty(this, "range", 1);
    private final ObjectProperty<Integer> resolution = new SimpleObjectProperty<>(this, "resolution", 41);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);

    private final ReadOnlyObjectWrapper<SliceResult> slice = new ReadOnlyObjectWrapper<>(this, "slice");
    private final ReadOnlyObjectWrapper<SliceOverlay> overlay =
            new ReadOnlyObjectWrapper<>(this, "overlay", SliceOverlay.NONE);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyObjectWrapper<ProbeResult> probe = new ReadOnlyObjectWrapper<>(this, "probe");
    private final ObservableList<SweepTrajectory> trajectories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trajectoryName = new ReadOnlyStringWrapper(this, "trajectoryName", "");
    private Path trajectoryFolder;
    private double[] probeAt;

    private final ObjectProperty<PathKind> pathKind = new SimpleObjectProperty<>(this, "pathKind", PathKind.LINEAR);
    private final BooleanProperty align = new SimpleBooleanProperty(this, "align");
    private final ObservableList<PathResult> paths = FXCollections.observableArrayList();
    /** Parameters along each path at its profile's t, made once per path for projecting it. */
    private final Map<PathResult, float[][]> pathPoints = new IdentityHashMap<>();

    private final ObjectProperty<PathResult> selectedPath = new SimpleObjectProperty<>(this, "selectedPath");
    private final DoubleProperty t = new SimpleDoubleProperty(this, "t", 0.5);
    private final ReadOnlyBooleanWrapper pathRunning = new ReadOnlyBooleanWrapper(this, "pathRunning");
    private final ReadOnlyObjectWrapper<ProbeResult> modelAtT = new ReadOnlyObjectWrapper<>(this, "modelAtT");
    private float[] thetaAtT;

    private final Coalescer settle;
    private final Coalescer refresher;
    private final Coalescer tEvaluator;
    private final AtomicReference<SliceResult> latestLevel = new AtomicReference<>();
    private final Command compute;
    private final Command cancel;
    private final Command computePath;
    private final Command clearPaths;
    private SliceRequest current;
    private BackgroundTask<SliceResult> sliceJob;
    private BackgroundTask<ProbeResult> probeJob;
    private BackgroundTask<PathResult> pathJob;
    private BackgroundTask<ProbeResult> tJob;

    /**
     * @param dataFolder a folder of IDX files, or null for the verified download cache
     * @param pathsRoot where Pathfinder paths get their sweep folders
     */
    public LandscapeViewModel(
            ModelLibrary library, Path dataFolder, Path pathsRoot, TaskExecutor executor, StatusModel status) {
        if (library == null || pathsRoot == null || executor == null || status == null) {
            throw new IllegalArgumentException("library, pathsRoot, executor and status must be given");
        }
        this.pathsRoot = pathsRoot;
        this.library = library;
        this.executor = executor;
        this.status = status;
        this.data = new LandscapeData(dataFolder);
        pathCurvature = new PathCurvature(data, pathsRoot.resolve(".scratch"), executor, status);
        lambda = new ValidatedField<>("0.01", InputParsers.positive("λ", 10), executor);
        classIndex = new ValidatedField<>("0", InputParsers.integer("Class", 0, 9), executor);
        seed = new ValidatedField<>("1", InputParsers.anyLong("Seed"), executor);
        subset = new ValidatedField<>("10 000", InputParsers.integer("Test images", 100, 10_000), executor);
        settle = executor.debounce(SETTLE, this::computeNow);
        refresher = executor.throttle(REFRESH, this::publishLatestLevel);
        tEvaluator = executor.throttle(T_INTERVAL, this::evaluateAtT);
        pathProgressShower = executor.throttle(REFRESH, () -> {
            PathProgress step = pathProgress.getAndSet(null);
            if (step != null && pathRunning.get()) {
                status.info(step.message());
                runningPath.set(step.soFar());
            }
        });
        compute = new Command("Compute", origin.isNotNull(), this::computeNow);
        cancel = new Command("Cancel", computing.getReadOnlyProperty(), this::cancelSlice);
        computePath = new Command(
                "Compute path", origin.isNotNull().and(modelB.isNotNull()).and(pathRunning.not()), this::startPath);
        clearPaths = new Command("Clear paths", Bindings.isNotEmpty(paths), this::clear);

        for (Observable setting : new Observable[] {
            origin,
            modelB,
            modelC,
            direction,
            biases,
            twoDimensional,
            quantity,
            lambda.valueProperty(),
            classIndex.valueProperty(),
            seed.valueProperty(),
            subset.valueProperty(),
            range,
            resolution
        }) {
            setting.addListener(o -> settle.request());
        }
        library.models().addListener((Observable o) -> {
            forgetRemoved();
            pickDefaults();
            publishOverlay();
        });
        paths.addListener((Observable o) -> publishOverlay());
        trajectories.addListener((Observable o) -> {
            publishOverlay();
            settle.request();
        });
        selectedPath.addListener((obs, old, now) -> tEvaluator.request());
        t.addListener(o -> tEvaluator.request());
        active.addListener((obs, was, now) -> {
            if (now) {
                settle.request();
            }
        });
    }

    // ---- slices ----

    /** Starts the slice of the current settings now (or shows it from the cache); waits while inactive. */
    private void computeNow() {
        settle.cancel();
        if (!active.get()) {
            return;
        }
        if (origin.get() == null) {
            headline.set("");
            return;
        }
        SliceRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            status.error(e.getMessage());
            return;
        }
        if (request.equals(current)
                && (computing.get()
                        || slice.get() != null && request.equals(slice.get().request()))) {
            return;
        }
        cancelSlice();
        current = request;
        SliceResult cached = cache.get(request);
        if (cached != null) {
            publishSlice(cached);
            status.info("Slice from the cache (" + cache.size() + " kept)");
            return;
        }
        computing.set(true);
        eta.restart(0, System.nanoTime());
        status.info("Slicing the landscape of " + request.origin().name() + " …");
        status.progress(StatusModel.BUSY);
        sliceJob = executor.execute(BackgroundTask.of("slice", new SliceJob(request, data, level -> {
                    latestLevel.set(level);
                    refresher.request();
                }))
                .onSuccess(done -> {
                    if (done.request().equals(current)) {
                        latestLevel.set(null);
                        computing.set(false);
                        cache.put(done);
                        publishSlice(done);
                        status.progress(1);
                        status.eta("");
                        status.info(String.format(
                                Locale.ROOT,
                                "Slice done: %d points in %.1f s",
                                done.grid().total(),
                                done.seconds()));
                    }
                })
                .onFailure(error -> {
                    computing.set(false);
                    status.progress(0);
                    status.eta("");
                    status.error(ERRORS.describe(error));
                })
                .onCancelled(() -> {}));
    }

    /** The request of the current settings; throws with a message for the user when they do not fit. */
    SliceRequest request() {
        LibraryModel o = origin.get();
        LibraryModel b = direction.get() == DirectionKind.RANDOM ? null : modelB.get();
        LibraryModel c = direction.get() == DirectionKind.PLANE ? modelC.get() : null;
        if (direction.get() != DirectionKind.RANDOM && b == null) {
            throw new IllegalArgumentException(
                    "Pick model B for " + direction.get().id() + " directions");
        }
        if (direction.get() == DirectionKind.PLANE && c == null) {
            throw new IllegalArgumentException("Pick model C for the plane through θ₀, B and C");
        }
        for (LibraryModel other : new LibraryModel[] {b, c}) {
            if (other != null && !o.compatibleWith(other)) {
                throw new IllegalArgumentException(
                        other.name() + " (" + other.spec().describe() + ") does not have θ₀'s architecture "
                                + o.spec().describe());
            }
        }
        SliceQuantity q = new SliceQuantity(
                quantity.get(),
                quantity.get() == SliceQuantity.Kind.REGULARIZED_LOSS ? lambda.getValue() : 0,
                quantity.get() == SliceQuantity.Kind.CLASS_ERROR ? classIndex.getValue() : 0);
        SweepTrajectory walk = null;
        if (direction.get() == DirectionKind.PCA) {
            walk = trajectories.stream()
                    .filter(w -> w.thetas().size() >= 3)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Open a sweep with at least 3 kept models for PCA directions"));
            if (walk.thetas().get(0).length != o.theta().length) {
                throw new IllegalArgumentException("The sweep's models do not have θ₀'s architecture "
                        + o.spec().describe());
            }
        }
        return new SliceRequest(
                o,
                b,
                c,
                direction.get(),
                biases.get(),
                seed.getValue(),
                twoDimensional.get(),
                range.get(),
                resolution.get(),
                q,
                subset.getValue(),
                walk);
    }

    private void cancelSlice() {
        if (sliceJob != null) {
            sliceJob.cancel();
            sliceJob = null;
        }
        latestLevel.set(null);
        if (computing.get()) {
            computing.set(false);
            status.progress(0);
            status.eta("");
        }
    }

    private void publishLatestLevel() {
        SliceResult level = latestLevel.getAndSet(null);
        if (level == null || !level.request().equals(current) || !computing.get()) {
            return;
        }
        publishSlice(level);
        double fraction = (double) level.grid().computed() / level.grid().total();
        status.progress(fraction);
        status.eta(eta.remaining(fraction, System.nanoTime())
                .map(left -> "about " + EtaEstimator.format(left) + " left")
                .orElse(""));
        status.info(String.format(
                Locale.ROOT,
                "Slicing: %d of %d points",
                level.grid().computed(),
                level.grid().total()));
    }

    private void publishSlice(SliceResult result) {
        boolean newPlane = slice.get() == null || slice.get().axes() != result.axes();
        slice.set(result);
        projections.onto(result.request().origin().theta(), result.axes());
        if (newPlane) {
            probe.set(null);
            probeAt = null;
        }
        SliceRequest r = result.request();
        double atOrigin = result.valueNear(0, 0);
        headline.set(String.format(
                Locale.ROOT,
                "%s around %s · %s · %d×%d on %d test images · at θ₀ %s · min %s%s",
                r.quantity().label(),
                r.origin().name(),
                result.axes().aLabel(),
                r.resolution(),
                r.twoDimensional() ? r.resolution() : 1,
                r.subset(),
                format(atOrigin),
                format(result.grid().min()),
                result.grid().complete()
                        ? String.format(Locale.ROOT, " · %.1f s", result.seconds())
                        : " · refining …"));
        publishOverlay();
    }

    // ---- overlay ----

    private void publishOverlay() {
        SliceResult shown = slice.get();
        if (shown == null) {
            overlay.set(SliceOverlay.NONE);
            return;
        }
        LibraryModel o = shown.request().origin();
        List<SliceOverlay.Marker> markers = new ArrayList<>();
        for (LibraryModel model : library.models()) {
            if (o.compatibleWith(model)) {
                double[] ab = projections.of(model.theta());
                markers.add(new SliceOverlay.Marker(model == o ? "θ₀ " + model.name() : model.name(), ab[0], ab[1]));
            }
        }
        List<SliceOverlay.Trajectory> lines = new ArrayList<>();
        for (PathResult path : paths) {
            if (path.spec().parameterCount() == o.spec().parameterCount()) {
                double[] ts = path.profile().t();
                double[] a = new double[ts.length];
                double[] b = new double[ts.length];
                for (int k = 0; k < ts.length; k++) {
                    double[] ab = projections.of(pathPoint(path, k));
                    a[k] = ab[0];
                    b[k] = ab[1];
                }
                lines.add(new SliceOverlay.Trajectory(path.name(), a, b));
            }
        }
        for (SweepTrajectory walk : trajectories) {
            if (walk.thetas().get(0).length == o.theta().length) {
                double[] a = new double[walk.thetas().size()];
                double[] b = new double[a.length];
                for (int k = 0; k < a.length; k++) {
                    double[] ab = projections.of(walk.thetas().get(k));
                    a[k] = ab[0];
                    b[k] = ab[1];
                }
                lines.add(new SliceOverlay.Trajectory("sweep " + walk.label(), a, b));
            }
        }
        if (probeAt != null) {
            markers.add(new SliceOverlay.Marker("probe", probeAt[0], probeAt[1]));
        }
        if (thetaAtT != null && thetaAtT.length == o.theta().length) {
            double[] ab = projections.of(thetaAtT);
            markers.add(new SliceOverlay.Marker(String.format(Locale.ROOT, "t = %.2f", t.get()), ab[0], ab[1]));
        }
        overlay.set(new SliceOverlay(markers, lines));
    }

    /** The parameters of {@code path} at its k-th t, the same array on every call (so its projection is kept). */
    private float[] pathPoint(PathResult path, int k) {
        float[][] points =
                pathPoints.computeIfAbsent(path, p -> new float[p.profile().t().length][]);
        if (points[k] == null) {
            points[k] = path.theta().apply(path.profile().t()[k]);
        }
        return points[k];
    }

    private void forgetRemoved() {
        for (LibraryModel chosen : List.of(origin, modelB, modelC).stream()
                .map(ObjectProperty::get)
                .toList()) {
            if (chosen != null && !library.models().contains(chosen)) {
                for (ObjectProperty<LibraryModel> p : List.of(origin, modelB, modelC)) {
                    if (p.get() == chosen) {
                        p.set(null);
                    }
                }
            }
        }
    }

    /** θ₀ is the first model added, B the next one with its architecture, until the user picks others. */
    private void pickDefaults() {
        List<LibraryModel> models = library.models();
        if (origin.get() == null && !models.isEmpty()) {
            origin.set(models.get(0));
        }
        LibraryModel o = origin.get();
        if (o != null && modelB.get() == null) {
            models.stream()
                    .filter(m -> m != o && o.compatibleWith(m))
                    .findFirst()
                    .ifPresent(modelB::set);
        }
    }

    /** Loads the walks of the sweep in {@code folder}: drawn on the slice, and the data of PCA directions. */
    public void openTrajectory(Path folder) {
        executor.execute(BackgroundTask.of(
                        "sweep trajectory", control -> SweepTrajectory.load(SweepFolder.open(folder)))
                .onSuccess(walks -> {
                    if (walks.isEmpty()) {
                        status.error("The sweep in " + folder + " kept no models to draw");
                        return;
                    }
                    trajectoryFolder = folder;
                    trajectoryName.set(folder.getFileName() + ": " + walks.size() + " walks, "
                            + walks.stream().mapToInt(w -> w.thetas().size()).sum() + " kept models");
                    trajectories.setAll(walks);
                })
                .onFailure(error -> status.error("Cannot read a sweep in " + folder + ": " + error.getMessage())));
    }

    // ---- hover and probe ----

    /** Reads out the slice value nearest to (a, b) into {@link #hoverProperty()}; clears it outside the slice. */
    public void hover(double a, double b) {
        SliceResult shown = slice.get();
        double value = shown == null ? Double.NaN : shown.valueNear(a, b);
        hover.set(
                Double.isNaN(value)
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "a = %.3f%s: %s = %s",
                                a,
                                shown.axes().isOneDimensional() ? "" : String.format(Locale.ROOT, ", b = %.3f", b),
                                shown.request().quantity().label().replaceFirst(" \\(.*", ""),
                                format(value)));
    }

    /** Evaluates the model at (a, b) of the slice shown and marks it; a newer probe replaces a running one. */
    public void probe(double a, double b) {
        SliceResult shown = slice.get();
        if (shown == null) {
            return;
        }
        if (probeJob != null) {
            probeJob.cancel();
        }
        probeAt = new double[] {a, shown.axes().isOneDimensional() ? 0 : b};
        publishOverlay();
        SliceRequest r = shown.request();
        float[] theta = Directions.at(
                r.origin().theta(), shown.axes().d1(), shown.axes().d2(), a, b);
        String label = String.format(
                Locale.ROOT,
                "a = %.3f%s",
                a,
                shown.axes().isOneDimensional() ? "" : String.format(Locale.ROOT, ", b = %.3f", b));
        probeJob = executor.execute(BackgroundTask.of(
                        "probe",
                        control -> ModelProbe.evaluate(
                                label,
                                r.origin().spec(),
                                theta,
                                data.split(r.origin().dataset(), r.subset()).test()))
                .onSuccess(probe::set)
                .onFailure(error -> status.error(ERRORS.describe(error))));
    }

    // ---- paths ----

    private void startPath() {
        LibraryModel a = origin.get();
        LibraryModel b = modelB.get();
        if (!a.compatibleWith(b)) {
            status.error(b.name() + " does not have " + a.name() + "'s architecture");
            return;
        }
        pathRunning.set(true);
        PathKind kind = pathKind.get();
        status.info("Computing the " + kind + " path " + a.name() + " → " + b.name()
                + switch (kind) {
                    case LINEAR -> " …";
                    case BEZIER -> " (training the control point first) …";
                    case PATHFINDER -> " (a resumable sweep in " + pathsRoot + ") …";
                });
        status.progress(StatusModel.BUSY);
        Path folder = pathsRoot.resolve(String.format(
                Locale.ROOT,
                "pathfinder-%s-%s%s",
                fileName(a.name()),
                fileName(b.name()),
                align.get() ? "-aligned" : ""));
        pathJob = executor.execute(BackgroundTask.of(
                        "path", new PathJob(a, b, kind, align.get(), 31, subset.getValue(), data, folder, step -> {
                            pathProgress.set(step);
                            pathProgressShower.request();
                        }))
                .onSuccess(path -> {
                    pathRunning.set(false);
                    runningPath.set(null);
                    paths.add(path);
                    selectedPath.set(path);
                    status.progress(1);
                    status.info(PathSummary.of(path));
                    pathCurvature.compute(path, subset.getValue());
                })
                .onFailure(error -> {
                    pathRunning.set(false);
                    runningPath.set(null);
                    status.progress(0);
                    status.error(ERRORS.describe(error));
                })
                .onCancelled(() -> {
                    pathRunning.set(false);
                    runningPath.set(null);
                }));
    }

    /** Shows {@code restored} (from a workspace) instead of the current paths, scrubbing {@code selected} at t. */
    void restorePaths(List<PathResult> restored, int selected, double at) {
        pathPoints.clear();
        pathCurvature.clear();
        paths.setAll(restored);
        restored.forEach(path -> pathCurvature.compute(path, subset.getValue()));
        t.set(at);
        selectedPath.set(selected >= 0 && selected < restored.size() ? restored.get(selected) : null);
    }

    /**
     * Shows {@code saved} (a slice from a workspace, without its request) as the slice of the current settings, and
     * keeps it in the cache, so that it is not computed again; ignored when the settings make no slice.
     */
    void restoreSlice(SliceResult saved) {
        SliceRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            return;
        }
        cache.put(new SliceResult(request, saved.axes(), saved.grid(), saved.seconds()));
        if (request.equals(current)) {
            cancelSlice();
            current = null; // asked again below: now from the cache
        }
        if (active.get()) {
            computeNow();
        }
    }

    /** The sweep folder whose walks are drawn, or null. */
    Path trajectoryFolder() {
        return trajectoryFolder;
    }

    /** {@code name} with anything but letters, digits, dots and dashes replaced by '_', for a folder name. */
    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    private void clear() {
        pathCurvature.clear();
        paths.clear();
        pathPoints.clear();
        selectedPath.set(null);
        thetaAtT = null;
        modelAtT.set(null);
        publishOverlay();
    }

    private void evaluateAtT() {
        PathResult path = selectedPath.get();
        if (path == null) {
            return;
        }
        if (tJob != null) {
            tJob.cancel();
        }
        double at = Math.max(path.tMin(), Math.min(path.tMax(), t.get()));
        float[] theta = path.theta().apply(at);
        LibraryModel a = origin.get();
        thetaAtT = theta;
        publishOverlay();
        if (a == null) {
            return;
        }
        String label = String.format(Locale.ROOT, "%s, t = %.2f", path.name(), at);
        int images = subset.getValue();
        tJob = executor.execute(BackgroundTask.of(
                        "model at t",
                        control -> ModelProbe.evaluate(
                                label,
                                path.spec(),
                                theta,
                                data.split(a.dataset(), images).test()))
                .onSuccess(modelAtT::set)
                .onFailure(error -> status.error(ERRORS.describe(error))));
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4g", value);
    }

    // ---- properties ----

    public ObservableList<LibraryModel> models() {
        return library.models();
    }

    /** The sweep whose walks are drawn and give PCA directions, described in one line; empty when none. */
    public ReadOnlyStringProperty trajectoryNameProperty() {
        return trajectoryName.getReadOnlyProperty();
    }

    public ObjectProperty<LibraryModel> originProperty() {
        return origin;
    }

    public ObjectProperty<LibraryModel> modelBProperty() {
        return modelB;
    }

    public ObjectProperty<LibraryModel> modelCProperty() {
        return modelC;
    }

    public ObjectProperty<DirectionKind> directionProperty() {
        return direction;
    }

    public ObjectProperty<Directions.BiasMode> biasesProperty() {
        return biases;
    }

    public BooleanProperty twoDimensionalProperty() {
        return twoDimensional;
    }

    public ObjectProperty<SliceQuantity.Kind> quantityProperty() {
        return quantity;
    }

    public ValidatedField<Double> lambda() {
        return lambda;
    }

    public ValidatedField<Integer> classIndex() {
        return classIndex;
    }

    public ValidatedField<Long> seed() {
        return seed;
    }

    public ValidatedField<Integer> subset() {
        return subset;
    }

    /** Half-width r of each axis (see {@link SliceRequest#range()}), 0.05 to 5. */
    public DoubleProperty rangeProperty() {
        return range;
    }

    public ObjectProperty<Integer> resolutionProperty() {
        return resolution;
    }

    /**
     * Whether the view is on screen: slices start only then (a change made while inactive starts its slice on
     * activation), so that the landscape never takes the cores behind the user's back. True by default.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    ReadOnlyObjectProperty<SliceResult> sliceProperty() {
        return slice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SliceOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ProbeResult> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    ObjectProperty<PathKind> pathKindProperty() {
        return pathKind;
    }

    public BooleanProperty alignProperty() {
        return align;
    }

    ObservableList<PathResult> paths() {
        return paths;
    }

    /** The Hessian extremes of E along each path, computed by themselves once it lands. */
    ObservableMap<PathResult, List<PathSpectrum>> pathSpectra() {
        return pathCurvature.spectra();
    }

    ObjectProperty<PathResult> selectedPathProperty() {
        return selectedPath;
    }

    /** The path parameter scrubbed: 0 is A, 1 is B. */
    public DoubleProperty tProperty() {
        return t;
    }

    public ReadOnlyBooleanProperty pathRunningProperty() {
        return pathRunning.getReadOnlyProperty();
    }

    /** The steps of a Pathfinder path being computed, as a profile; null when none runs. */
    ReadOnlyObjectProperty<PathProfile> runningPathProperty() {
        return runningPath.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ProbeResult> modelAtTProperty() {
        return modelAtT.getReadOnlyProperty();
    }

    public Command computeCommand() {
        return compute;
    }

    public Command cancelCommand() {
        return cancel;
    }

    public Command computePathCommand() {
        return computePath;
    }

    public Command clearPathsCommand() {
        return clearPaths;
    }
}
