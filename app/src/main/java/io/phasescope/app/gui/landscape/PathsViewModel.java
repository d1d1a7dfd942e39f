package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.landscape.LandscapeData;
import io.phasescope.app.landscape.ModelProbe;
import io.phasescope.app.landscape.PathJob;
import io.phasescope.app.landscape.PathKind;
import io.phasescope.app.landscape.PathProgress;
import io.phasescope.app.landscape.PathResult;
import io.phasescope.app.landscape.PathSummary;
import io.phasescope.app.landscape.ProbeResult;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.PathProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Paths between θ₀ = A and B (linear, Bézier or Pathfinder) computed in the background and overlaid on the slice,
 * their curvature computed by themselves once they land ({@link PathCurvature}), and the t slider that evaluates the
 * model along the selected path (the latest t wins, at most every {@link #T_INTERVAL}).
 */
public final class PathsViewModel {

    /** Interval of model evaluations while t is scrubbed. */
    public static final Duration T_INTERVAL = Duration.ofMillis(80);

    private final SliceSettings settings;
    private final SliceOverlays overlays;
    private final LandscapeData data;
    private final Path pathsRoot;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final PathCurvature curvature;
    private final ObjectProperty<PathKind> kind = new SimpleObjectProperty<>(this, "pathKind", PathKind.LINEAR);
    private final BooleanProperty align = new SimpleBooleanProperty(this, "align");
    private final ObservableList<PathResult> paths;
    private final ObjectProperty<PathResult> selected = new SimpleObjectProperty<>(this, "selectedPath");
    private final DoubleProperty t = new SimpleDoubleProperty(this, "t", 0.5);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "pathRunning");
    private final ReadOnlyObjectWrapper<PathProfile> runningPath = new ReadOnlyObjectWrapper<>(this, "runningPath");
    private final ReadOnlyObjectWrapper<ProbeResult> modelAtT = new ReadOnlyObjectWrapper<>(this, "modelAtT");
    private final AtomicReference<PathProgress> progress = new AtomicReference<>();
    private final Coalescer progressShower;
    private final Coalescer tEvaluator;
    private final Command computePath;
    private final Command clearPaths;
    private BackgroundTask<ProbeResult> tJob;

    /** @param paths the paths shown, shared with the overlays */
    PathsViewModel(
            SliceSettings settings,
            SliceOverlays overlays,
            ObservableList<PathResult> paths,
            LandscapeData data,
            Path pathsRoot,
            TaskExecutor executor,
            StatusModel status) {
        this.settings = settings;
        this.overlays = overlays;
        this.paths = paths;
        this.data = data;
        this.pathsRoot = pathsRoot;
        this.executor = executor;
        this.status = status;
        curvature = new PathCurvature(data, pathsRoot.resolve(".scratch"), executor, status);
        tEvaluator = executor.throttle(T_INTERVAL, this::evaluateAtT);
        progressShower = executor.throttle(SliceRunner.REFRESH, () -> {
            PathProgress step = progress.getAndSet(null);
            if (step != null && running.get()) {
                status.info(step.message());
                runningPath.set(step.soFar());
            }
        });
        computePath = new Command(
                "Compute path",
                settings.originProperty()
                        .isNotNull()
                        .and(settings.modelBProperty().isNotNull())
                        .and(running.not()),
                this::start);
        clearPaths = new Command("Clear paths", Bindings.isNotEmpty(paths), this::clear);
        selected.addListener((obs, old, now) -> tEvaluator.request());
        t.addListener(o -> tEvaluator.request());
    }

    private void start() {
        LibraryModel a = settings.originProperty().get();
        LibraryModel b = settings.modelBProperty().get();
        if (!a.compatibleWith(b)) {
            status.error(b.name() + " does not have " + a.name() + "'s architecture");
            return;
        }
        running.set(true);
        PathKind pathKind = kind.get();
        status.info("Computing the " + pathKind + " path " + a.name() + " → " + b.name()
                + switch (pathKind) {
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
        int images = settings.subset().getValue();
        executor.execute(BackgroundTask.of(
                        "path", new PathJob(a, b, pathKind, align.get(), 31, images, data, folder, step -> {
                            progress.set(step);
                            progressShower.request();
                        }))
                .onSuccess(path -> {
                    ended();
                    paths.add(path);
                    selected.set(path);
                    status.progress(1);
                    status.info(PathSummary.of(path));
                    curvature.compute(path, images);
                })
                .onFailure(error -> {
                    ended();
                    status.progress(0);
                    status.error(SliceRunner.ERRORS.describe(error));
                })
                .onCancelled(this::ended));
    }

    private void ended() {
        running.set(false);
        runningPath.set(null);
    }

    /** Shows {@code restored} (from a workspace) instead of the current paths, scrubbing {@code selected} at t. */
    void restore(List<PathResult> restored, int selectedIndex, double at) {
        overlays.forgetPaths();
        curvature.clear();
        paths.setAll(restored);
        restored.forEach(path -> curvature.compute(path, settings.subset().getValue()));
        t.set(at);
        selected.set(selectedIndex >= 0 && selectedIndex < restored.size() ? restored.get(selectedIndex) : null);
    }

    /** {@code name} with anything but letters, digits, dots and dashes replaced by '_', for a folder name. */
    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    private void clear() {
        curvature.clear();
        overlays.forgetPaths();
        paths.clear();
        selected.set(null);
        modelAtT.set(null);
    }

    private void evaluateAtT() {
        PathResult path = selected.get();
        if (path == null) {
            return;
        }
        if (tJob != null) {
            tJob.cancel();
        }
        double at = Math.max(path.tMin(), Math.min(path.tMax(), t.get()));
        float[] theta = path.theta().apply(at);
        LibraryModel a = settings.originProperty().get();
        overlays.markAtT(theta, t.get());
        if (a == null) {
            return;
        }
        String label = String.format(Locale.ROOT, "%s, t = %.2f", path.name(), at);
        int images = settings.subset().getValue();
        tJob = executor.execute(BackgroundTask.of(
                        "model at t",
                        control -> ModelProbe.evaluate(
                                label,
                                path.spec(),
                                theta,
                                data.split(a.dataset(), images).test()))
                .onSuccess(modelAtT::set)
                .onFailure(error -> status.error(SliceRunner.ERRORS.describe(error))));
    }

    ObjectProperty<PathKind> pathKindProperty() {
        return kind;
    }

    public BooleanProperty alignProperty() {
        return align;
    }

    ObservableList<PathResult> paths() {
        return paths;
    }

    /** The Hessian extremes of E along each path, computed by themselves once it lands. */
    ObservableMap<PathResult, List<PathSpectrum>> pathSpectra() {
        return curvature.spectra();
    }

    ObjectProperty<PathResult> selectedPathProperty() {
        return selected;
    }

    /** The path parameter scrubbed: 0 is A, 1 is B. */
    public DoubleProperty tProperty() {
        return t;
    }

    public ReadOnlyBooleanProperty pathRunningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The steps of a Pathfinder path being computed, as a profile; null when none runs. */
    ReadOnlyObjectProperty<PathProfile> runningPathProperty() {
        return runningPath.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ProbeResult> modelAtTProperty() {
        return modelAtT.getReadOnlyProperty();
    }

    public Command computePathCommand() {
        return computePath;
    }

    public Command clearPathsCommand() {
        return clearPaths;
    }
}
