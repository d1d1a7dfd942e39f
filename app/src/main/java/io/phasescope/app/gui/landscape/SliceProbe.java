package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.landscape.LandscapeData;
import io.phasescope.app.landscape.ModelProbe;
import io.phasescope.app.landscape.ProbeResult;
import io.phasescope.app.landscape.SliceRequest;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.landscape.Directions;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Hovering and clicking the slice: the value under the pointer in one line, and the model at a clicked (a, b)
 * evaluated in the background (a newer click replaces a running probe) and marked on the slice. A slice on a new
 * plane clears the probe.
 */
public final class SliceProbe {

    private final ObservableValue<SliceResult> slice;
    private final SliceOverlays overlays;
    private final LandscapeData data;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover", "");
    private final ReadOnlyObjectWrapper<ProbeResult> probe = new ReadOnlyObjectWrapper<>(this, "probe");
    private BackgroundTask<ProbeResult> job;

    SliceProbe(
            ObservableValue<SliceResult> slice,
            SliceOverlays overlays,
            LandscapeData data,
            TaskExecutor executor,
            StatusModel status) {
        this.slice = slice;
        this.overlays = overlays;
        this.data = data;
        this.executor = executor;
        this.status = status;
        slice.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.axes() != now.axes())) {
                probe.set(null);
            }
        });
    }

    /** Reads out the slice value nearest to (a, b) into {@link #hoverProperty()}; clears it outside the slice. */
    public void hover(double a, double b) {
        SliceResult shown = slice.getValue();
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
                                SliceRunner.format(value)));
    }

    /** Evaluates the model at (a, b) of the slice shown and marks it; a newer probe replaces a running one. */
    public void probe(double a, double b) {
        SliceResult shown = slice.getValue();
        if (shown == null) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        overlays.markProbe(a, shown.axes().isOneDimensional() ? 0 : b);
        SliceRequest r = shown.request();
        float[] theta = Directions.at(
                r.origin().theta(), shown.axes().d1(), shown.axes().d2(), a, b);
        String label = String.format(
                Locale.ROOT,
                "a = %.3f%s",
                a,
                shown.axes().isOneDimensional() ? "" : String.format(Locale.ROOT, ", b = %.3f", b));
        job = executor.execute(BackgroundTask.of(
                        "probe",
                        control -> ModelProbe.evaluate(
                                label,
                                r.origin().spec(),
                                theta,
                                data.split(r.origin().dataset(), r.subset()).test()))
                .onSuccess(probe::set)
                .onFailure(error -> status.error(SliceRunner.ERRORS.describe(error))));
    }

    /** The slice value under the pointer in one line, or empty. */
    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    /** The model at the clicked point, or null. */
    ReadOnlyObjectProperty<ProbeResult> probeProperty() {
        return probe.getReadOnlyProperty();
    }
}
