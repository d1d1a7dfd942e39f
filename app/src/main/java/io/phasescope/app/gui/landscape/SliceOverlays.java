package io.phasescope.app.gui.landscape;

import io.phasescope.app.landscape.PathResult;
import io.phasescope.app.landscape.Projections;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.model.sweep.SweepTrajectory;
import io.phasescope.render.landscape.SliceOverlay;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * What is drawn over the slice shown: the library models of θ₀'s architecture, the paths, the sweep walks, the
 * probe and the model at t, each projected onto the slice's plane. {@link Projections} remembers the coordinates of
 * every vector on the current plane, so that scrubbing t only projects one new vector.
 */
final class SliceOverlays {

    private final ObservableValue<SliceResult> slice;
    private final ObservableList<LibraryModel> models;
    private final ObservableList<PathResult> paths;
    private final ObservableList<SweepTrajectory> trajectories;
    private final Projections projections = new Projections();
    /** Parameters along each path at its profile's t, made once per path for projecting it. */
    private final Map<PathResult, float[][]> pathPoints = new IdentityHashMap<>();

    private final ReadOnlyObjectWrapper<SliceOverlay> overlay =
            new ReadOnlyObjectWrapper<>(this, "overlay", SliceOverlay.NONE);
    private double[] probeAt;
    private float[] thetaAtT;
    private double t;

    SliceOverlays(
            ObservableValue<SliceResult> slice,
            ObservableList<LibraryModel> models,
            ObservableList<PathResult> paths,
            ObservableList<SweepTrajectory> trajectories) {
        this.slice = slice;
        this.models = models;
        this.paths = paths;
        this.trajectories = trajectories;
        slice.addListener((obs, old, now) -> {
            if (now != null) {
                projections.onto(now.request().origin().theta(), now.axes());
                if (old == null || old.axes() != now.axes()) {
                    probeAt = null;
                }
            }
            publish();
        });
        models.addListener((Observable o) -> publish());
        paths.addListener((Observable o) -> publish());
        trajectories.addListener((Observable o) -> publish());
    }

    /** Marks the probe at (a, b) of the slice shown. */
    void markProbe(double a, double b) {
        probeAt = new double[] {a, b};
        publish();
    }

    /** Marks the model at {@code at} along the selected path ({@code theta}; null: none). */
    void markAtT(float[] theta, double at) {
        thetaAtT = theta;
        t = at;
        publish();
    }

    /** Forgets the points along paths no longer shown and the model at t. */
    void forgetPaths() {
        pathPoints.clear();
        thetaAtT = null;
    }

    private void publish() {
        SliceResult shown = slice.getValue();
        if (shown == null) {
            overlay.set(SliceOverlay.NONE);
            return;
        }
        LibraryModel o = shown.request().origin();
        List<SliceOverlay.Marker> markers = new ArrayList<>();
        for (LibraryModel model : models) {
            if (o.compatibleWith(model)) {
                double[] ab = projections.of(model.theta());
                markers.add(new SliceOverlay.Marker(model == o ? "θ₀ " + model.name() : model.name(), ab[0], ab[1]));
            }
        }
        List<SliceOverlay.Trajectory> lines = new ArrayList<>();
        for (PathResult path : paths) {
            if (path.spec().parameterCount() == o.spec().parameterCount()) {
                int count = path.profile().t().length;
                lines.add(trajectory(path.name(), count, k -> pathPoint(path, k)));
            }
        }
        for (SweepTrajectory walk : trajectories) {
            if (walk.thetas().get(0).length == o.theta().length) {
                lines.add(trajectory(
                        "sweep " + walk.label(),
                        walk.thetas().size(),
                        k -> walk.thetas().get(k)));
            }
        }
        if (probeAt != null) {
            markers.add(new SliceOverlay.Marker("probe", probeAt[0], probeAt[1]));
        }
        if (thetaAtT != null && thetaAtT.length == o.theta().length) {
            double[] ab = projections.of(thetaAtT);
            markers.add(new SliceOverlay.Marker(String.format(Locale.ROOT, "t = %.2f", t), ab[0], ab[1]));
        }
        overlay.set(new SliceOverlay(markers, lines));
    }

    private SliceOverlay.Trajectory trajectory(String name, int count, java.util.function.IntFunction<float[]> point) {
        double[] a = new double[count];
        double[] b = new double[count];
        for (int k = 0; k < count; k++) {
            double[] ab = projections.of(point.apply(k));
            a[k] = ab[0];
            b[k] = ab[1];
        }
        return new SliceOverlay.Trajectory(name, a, b);
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

    ReadOnlyObjectProperty<SliceOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }
}
