package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.OverlaidFolders;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.phase.SweepEvent;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.Phase;
import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.Walk;
import io.phasescope.render.phase.LambdaUnit;
import io.phasescope.render.phase.PhaseDiagram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sweep the Phase-diagram view shows: its folder, points and probes, their analysis (transitions, phases,
 * walks), the selected point, and the {@link PhaseDiagram} the charts draw, republished at most every
 * {@link StreamingJob#REFRESH_INTERVAL} (and every {@link #SPECTRA_INTERVAL} for new spectra rows).
 */
public final class ShownSweep {

    /** Shortest time between two redraws for new spectra rows: saddle marks need not follow each row. */
    public static final Duration SPECTRA_INTERVAL = Duration.ofSeconds(1);

    private final ObservableValue<LambdaUnit> unit;
    private final ReadOnlyObjectWrapper<Path> folderPath = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyObjectWrapper<SweepAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<PhaseDiagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ReadOnlyObjectWrapper<SweepPoint> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<List<PointSpectrum>> spectra = new SimpleObjectProperty<>(this, "spectra", List.of());
    private final ObservableList<String> transitionLines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyTransitionLines =
            FXCollections.unmodifiableObservableList(transitionLines);
    private final ObservableList<String> seedSpreadLines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlySeedSpreadLines =
            FXCollections.unmodifiableObservableList(seedSpreadLines);
    private final ObservableList<String> phaseLines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyPhaseLines = FXCollections.unmodifiableObservableList(phaseLines);
    private final ObservableList<BranchKey> branches = FXCollections.observableArrayList();
    private final ObservableList<BranchKey> readOnlyBranches = FXCollections.unmodifiableObservableList(branches);
    private final ReadOnlyIntegerWrapper gridSize = new ReadOnlyIntegerWrapper(this, "gridSize");
    private final ReadOnlyIntegerWrapper pointCount = new ReadOnlyIntegerWrapper(this, "pointCount");
    private final List<SweepPoint> points = new ArrayList<>();
    private final OverlaidFolders overlays = new OverlaidFolders();

    private final List<SweepPoint> probes = new ArrayList<>();
    private final Map<SweepPoint, float[]> probeThetas = new IdentityHashMap<>();
    private final Runnable publisher;
    private SweepFolder folder;
    private List<String> classNames = DatasetChoice.MNIST.classNames();
    private List<SweepPoint> pointsView;
    private List<SweepPoint> probesView;

    ShownSweep(ObservableValue<LambdaUnit> unit, TaskExecutor executor) {
        this.unit = unit;
        this.publisher = executor.throttle(StreamingJob.REFRESH_INTERVAL, this::publishNow)::request;
        Runnable spectraPublisher = executor.throttle(SPECTRA_INTERVAL, this::publishNow)::request;
        spectra.addListener((obs, old, now) -> spectraPublisher.run());
        unit.addListener((obs, old, now) -> {
            refreshLists();
            publish();
        });
        selected.addListener((obs, old, now) -> publish());
        publishNow();
    }

    /** Shows the opened {@code folder}; its probes replace the ones shown unless it is the folder shown. */
    void show(SweepFolder opened, List<SweepPoint> openedPoints, List<SweepPoint> openedProbes) {
        boolean same = opened.root().equals(folderPath.get());
        folder = opened;
        folderPath.set(folder.root());
        classNames = classNamesOf(folder.spec());
        gridSize.set(folder.grid().values().length);
        points.clear();
        points.addAll(OverlaidFolders.labelled(overlays.shownLabel(), openedPoints));
        if (!same) {
            probes.clear();
            probes.addAll(OverlaidFolders.labelled(overlays.shownLabel(), openedProbes));
            probeThetas.clear();
            probesView = null;
        }
        pointsChanged();
    }

    /**
     * Overlays the points of another sweep folder on the one shown: they join the charts, the analysis and the
     * across-seeds list, as further seeds or, when it shares a seed with a folder shown, as another variant whose
     * walks are labelled ({@link OverlaidFolders}). The folder shown stays the one to resume; each walk's models
     * load from its own folder ({@link #folderOf}).
     *
     * @throws IllegalArgumentException if no sweep is shown, or {@code added} has other classes or is shown already
     */
    void addOverlay(SweepFolder added, List<SweepPoint> addedPoints) {
        if (folder == null) {
            throw new IllegalArgumentException("open a sweep folder before adding another to it");
        }
        overlays.add(folder, added, addedPoints);
        String label = overlays.shownLabel();
        points.replaceAll(p -> p.withVariant(label));
        List<SweepPoint> relabelled = OverlaidFolders.relabel(label, probes, probeThetas);
        probes.clear();
        probes.addAll(relabelled);
        probesView = null;
        pointsChanged();
    }

    /** Replaces the points of folders overlaid (by root) with fresh reads, as their writers add rows; others stay. */
    void updateOverlays(Map<Path, List<SweepPoint>> fresh) {
        overlays.update(fresh);
        pointsChanged();
    }

    /**
     * The transitions and phases of the folder shown only, without variant labels (its walks as in its own
     * files, for the Curvature view of its spectra), or {@code null} before the first point.
     */
    public SweepAnalysis shownFolderAnalysis() {
        SweepAnalysis a = analysis.get();
        return a == null ? null : a.ofVariant(overlays.shownLabel());
    }

    /** The folder whose walk {@code key} is: the one shown or one overlaid; {@code null} when none is shown. */
    SweepFolder folderOf(BranchKey key) {
        return folder == null ? null : overlays.folderOf(key, folder);
    }

    /** The folder shown, then those overlaid, each with its points shown (and no probes); empty when none is. */
    List<SweepEvent.Opened> foldersShown() {
        if (folder == null) {
            return List.of();
        }
        List<SweepEvent.Opened> all =
                new ArrayList<>(List.of(new SweepEvent.Opened(folder, List.copyOf(points), List.of())));
        all.addAll(overlays.opened());
        return all;
    }

    /** The folders overlaid on the one shown, in the order added. */
    List<SweepFolder> overlays() {
        return overlays.folders();
    }

    /** Shows no sweep. */
    void clear() {
        folder = null;
        folderPath.set(null);
        points.clear();
        overlays.clear();
        probes.clear();
        probeThetas.clear();
        probesView = null;
        branches.clear();
        selected.set(null);
        pointsChanged();
    }

    /** Adds points of the running sweep. */
    void addPoints(List<SweepPoint> added) {
        points.addAll(OverlaidFolders.labelled(overlays.shownLabel(), added));
        gridSize.set(folder.grid().values().length); // the until-trivial extension may have grown it
        pointsChanged();
    }

    /** Adds a probe trained here, with its parameters. */
    void addProbe(SweepPoint probe, float[] theta) {
        probes.add(probe);
        probeThetas.put(probe, theta);
        probesView = null;
        publish();
    }

    /** Selects {@code point} (or nothing); the diagram follows. */
    void select(SweepPoint point) {
        selected.set(point);
    }

    private void pointsChanged() {
        pointsView = null;
        pointCount.set(points.size());
        List<SweepPoint> all = allPoints();
        analysis.set(all.isEmpty() ? null : SweepAnalysis.of(all, SweepAnalysis.DEFAULT_HOLD_THRESHOLD));
        List<BranchKey> keys = all.stream()
                .filter(p -> p.index() >= 0)
                .map(BranchKey::of)
                .distinct()
                .toList();
        if (!keys.equals(branches)) {
            branches.setAll(keys);
        }
        refreshLists();
        publish();
    }

    private void refreshLists() {
        SweepAnalysis a = analysis.get();
        if (a == null) {
            transitionLines.clear();
            seedSpreadLines.clear();
            phaseLines.clear();
            return;
        }
        LambdaUnit u = unit.getValue();
        List<SeedSpread> matched = SeedSpread.acrossSeeds(a.transitions());
        List<String> spreads = new ArrayList<>();
        if (!matched.isEmpty()) {
            spreads.add("λc mean ± spread: " + SeedSpread.MATCHING + ".");
            matched.forEach(m -> spreads.add(m.describe(u.symbol(), u.of(1))));
        }
        seedSpreadLines.setAll(spreads);
        transitionLines.setAll(a.transitions().stream()
                .map(t -> PhaseFormat.transition(t, unit.getValue(), classNames))
                .toList());
        phaseLines.setAll(a.phases().stream()
                .map(p -> PhaseFormat.phase(p, unit.getValue(), classNames))
                .toList());
    }

    /** Asks for the diagram to be republished soon. */
    void publish() {
        publisher.run();
    }

    private void publishNow() {
        if (pointsView == null) {
            pointsView = allPoints();
        }
        if (probesView == null) {
            probesView = List.copyOf(probes);
        }
        SweepAnalysis a = analysis.get();
        diagram.set(new PhaseDiagram(
                classNames,
                pointsView,
                probesView,
                a == null ? List.of() : a.transitions(),
                unit.getValue(),
                selected.get(),
                spectra.get() == null ? List.of() : spectra.get()));
    }

    /** The points of the sweep shown and of the folders overlaid on it. */
    private List<SweepPoint> allPoints() {
        List<SweepPoint> all = new ArrayList<>(points);
        all.addAll(overlays.points());
        return List.copyOf(all);
    }

    /** The points of walk {@code key} on the grid, in order. */
    List<SweepPoint> pointsOf(BranchKey key) {
        return allPoints().stream()
                .filter(p -> p.index() >= 0 && key.contains(p))
                .toList();
    }

    /** The last point added, if any. */
    Optional<SweepPoint> lastPoint() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /** The phase that holds {@code p}, if the analysis found one. */
    Optional<Phase> phaseOf(SweepPoint p) {
        SweepAnalysis a = analysis.get();
        if (a == null) {
            return Optional.empty();
        }
        return a.phases().stream()
                .filter(f -> f.branch() == p.branch()
                        && Walk.of(f).equals(Walk.of(p))
                        && p.lambda() >= Math.min(f.lambdaFrom(), f.lambdaTo()) - 1e-15
                        && p.lambda() <= Math.max(f.lambdaFrom(), f.lambdaTo()) + 1e-15)
                .findFirst();
    }

    /** The open sweep folder, or {@code null}. */
    SweepFolder folder() {
        return folder;
    }

    /** The λ grid of the sweep shown, or {@code null}. */
    double[] grid() {
        return folder == null ? null : folder.grid().values();
    }

    /** Whether the grid of the sweep shown is logarithmic (false when none is shown). */
    boolean isLogGrid() {
        return folder != null && folder.spec().grid().isLog();
    }

    /** The parameters of a probe trained here, or {@code null} (loaded probes and grid points). */
    float[] probeTheta(SweepPoint probe) {
        return probeThetas.get(probe);
    }

    private static List<String> classNamesOf(SweepSpec spec) {
        List<String> names = spec.data().kind().classNames();
        if (names.size() == spec.network().classCount()) {
            return names;
        }
        return IntStream.range(0, spec.network().classCount())
                .mapToObj(Integer::toString)
                .toList();
    }

    /** The folder of the sweep shown, or {@code null}. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folderPath.getReadOnlyProperty();
    }

    /** Transitions and phases of the points so far, or {@code null} before the first point. */
    public ReadOnlyObjectProperty<SweepAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** What the charts show, republished at most every {@link StreamingJob#REFRESH_INTERVAL}. */
    public ReadOnlyObjectProperty<PhaseDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /**
     * The Hessian spectra of the open sweep's points (rows of its {@code spectra.csv}), marked on the charts where
     * L_λ has a saddle; the composition root binds it to the Curvature view's rows.
     */
    public ObjectProperty<List<PointSpectrum>> spectraProperty() {
        return spectra;
    }

    /** The point whose model is shown. */
    public ReadOnlyObjectProperty<SweepPoint> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** One line per transition, in the current unit. */
    public ObservableList<String> transitionLines() {
        return readOnlyTransitionLines;
    }

    /**
     * When the sweeps shown hold more than one seed of one variant: how transitions were matched across seeds, then
     * one line per matched transition of each variant with λc as mean ± spread, in the current unit. Empty otherwise.
     */
    public ObservableList<String> seedSpreadLines() {
        return readOnlySeedSpreadLines;
    }

    /** One line per phase, in the current unit. */
    public ObservableList<String> phaseLines() {
        return readOnlyPhaseLines;
    }

    /** The walks (branch, variant and seed) with points. */
    public ObservableList<BranchKey> branches() {
        return readOnlyBranches;
    }

    /** Grid points of the sweep shown (0 before one is shown); the slider runs from 0 to this minus one. */
    public ReadOnlyIntegerProperty gridSizeProperty() {
        return gridSize.getReadOnlyProperty();
    }

    /** Points of the sweep shown so far. */
    public ReadOnlyIntegerProperty pointCountProperty() {
        return pointCount.getReadOnlyProperty();
    }

    /** The class names of the sweep shown. */
    public List<String> classNames() {
        return classNames;
    }

    /** The probes trained or loaded, in order. */
    public List<SweepPoint> probes() {
        return List.copyOf(probes);
    }
}
