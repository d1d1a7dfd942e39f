package io.phasescope.app.gui.curvature;

import io.phasescope.app.curvature.CurvatureData;
import io.phasescope.app.curvature.DensityJob;
import io.phasescope.app.curvature.DensityResult;
import io.phasescope.app.curvature.SweepSnapshot;
import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.JobErrors;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The density panel: a kept point of the sweep followed, the spectral density of ∇²L_λ there computed in the
 * background ({@link DensityJob}), and whether its axis is logarithmic. UI thread only.
 */
public final class DensityViewModel {

    private static final JobErrors ERRORS =
            new JobErrors("The density", "Cannot compute the density", "fewer training images or probes");

    private final CurvatureData data;
    private final CurvatureSettings form;
    private final ObservableValue<LambdaUnit> unit;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ObservableList<SweepPoint> points = FXCollections.observableArrayList();
    private final ObservableList<SweepPoint> readOnlyPoints = FXCollections.unmodifiableObservableList(points);
    private final ObjectProperty<SweepPoint> point = new SimpleObjectProperty<>(this, "point");
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final ReadOnlyObjectWrapper<DensityResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final Command compute;
    private final Command cancel;
    private Path root;
    private BackgroundTask<DensityResult> job;

    DensityViewModel(
            CurvatureData data,
            CurvatureSettings form,
            ObservableValue<LambdaUnit> unit,
            TaskExecutor executor,
            StatusModel status) {
        this.data = data;
        this.form = form;
        this.unit = unit;
        this.executor = executor;
        this.status = status;
        compute = new Command(
                "Compute density",
                point.isNotNull().and(computing.not()).and(form.densityValidProperty()),
                this::compute);
        cancel = new Command("Cancel", computing, this::cancel);
    }

    /** Offers the kept points of {@code snapshot} (none for a sweep without exact Hessians), keeping the choice. */
    void show(SweepSnapshot snapshot) {
        if (!snapshot.root().equals(root)) {
            clear();
            root = snapshot.root();
        }
        SweepPoint chosen = point.get();
        points.setAll(snapshot.isMlp() ? snapshot.kept() : List.of());
        point.set(points.contains(chosen) ? chosen : points.isEmpty() ? null : points.get(0));
    }

    /** Forgets the sweep: no points, no density, any running job cancelled. */
    void clear() {
        if (job != null) {
            job.cancel();
            job = null;
            computing.set(false);
        }
        root = null;
        points.clear();
        point.set(null);
        result.set(null);
    }

    private void compute() {
        try {
            form.commitDensity();
        } catch (IllegalArgumentException e) {
            status.error("Cannot compute the density: " + e.getMessage());
            return;
        }
        SweepPoint at = point.get();
        Path source = root;
        computing.set(true);
        status.info("Computing the spectral density at " + label(at) + " …");
        status.progress(StatusModel.BUSY);
        job = BackgroundTask.of(
                        "density",
                        new DensityJob(
                                source,
                                at,
                                form.images().getValue(),
                                form.probes().getValue(),
                                form.steps().getValue(),
                                data,
                                form.precision().get()))
                .onSuccess(density -> ended(source, () -> {
                    result.set(density);
                    status.progress(1);
                    status.info(String.format(
                            Locale.ROOT,
                            "Density at %s: eigenvalues from %.4g to %.4g, mean %.4g "
                                    + "(%d probes × %d steps, %d images, %.1f s)",
                            label(at),
                            density.density().minNode(),
                            density.density().maxNode(),
                            density.density().moment(1),
                            density.density().probes(),
                            density.density().steps(),
                            density.images(),
                            density.seconds()));
                }))
                .onFailure(error -> ended(source, () -> {
                    status.progress(0);
                    status.error(ERRORS.describe(error));
                }))
                .onCancelled(() -> ended(source, () -> status.info("Density cancelled")));
        executor.execute(job);
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void ended(Path source, Runnable then) {
        if (!source.equals(root)) {
            return;
        }
        job = null;
        computing.set(false);
        then.run();
    }

    /** A point as offered in the choice, for example {@code "up · seed 1 · λ = 0.03 (β = 0.06)"}. */
    public String label(SweepPoint p) {
        return p == null
                ? ""
                : p.branch().id() + " · seed " + p.seed() + " · " + PhaseFormat.lambda(p.lambda(), unit.getValue());
    }

    /** The kept points of the sweep followed. */
    public ObservableList<SweepPoint> points() {
        return readOnlyPoints;
    }

    /** The point whose density Compute density computes. */
    public ObjectProperty<SweepPoint> pointProperty() {
        return point;
    }

    /** Whether the density axis is logarithmic (shows outliers beside the bulk). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** The last density computed for the sweep followed, or null. */
    public ReadOnlyObjectProperty<DensityResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether a density job runs. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public Command computeCommand() {
        return compute;
    }

    public Command cancelCommand() {
        return cancel;
    }
}
