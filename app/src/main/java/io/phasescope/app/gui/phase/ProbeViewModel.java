package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.ModelInspector;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.data.DataCache;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.LambdaUnit;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * Probes between grid points: trains the model at a λ the sweep skipped, warm-started from the nearest kept
 * model of its walk, on a background thread; the new point joins the diagram, is selected and its model shown.
 * Its progress messages go to the status bar.
 */
public final class ProbeViewModel {

    private final ShownSweep shown;
    private final ModelAtLambdaViewModel model;
    private final DataCache data;
    private final ObservableValue<LambdaUnit> unit;
    private final StatusModel status;
    private final StreamingJob<String> job;
    private final BooleanBinding probing;

    ProbeViewModel(
            ShownSweep shown,
            ModelAtLambdaViewModel model,
            DataCache data,
            ObservableValue<LambdaUnit> unit,
            TaskExecutor executor,
            StatusModel status) {
        this.shown = shown;
        this.model = model;
        this.data = data;
        this.unit = unit;
        this.status = status;
        this.job = new StreamingJob<>(
                "probe", executor, status, messages -> status.info(messages.get(messages.size() - 1)));
        this.probing =
                Bindings.createBooleanBinding(() -> job.stateProperty().get().isActive(), job.stateProperty());
    }

    /** Trains a probe of walk {@code key} (whose grid points are {@code walk}) at {@code lambda}. */
    void probe(BranchKey key, List<SweepPoint> walk, double lambda) {
        if (walk.isEmpty() && key.branch() != Branch.COLD) {
            status.info("No model of " + key + " to start a probe from yet");
            return;
        }
        SweepFolder source = shown.folderOf(key);
        String at = PhaseFormat.lambda(lambda, unit.getValue());
        status.info("Probing " + key + " at " + at + " …");
        job.start(
                "Probing " + key + " at " + at + " …",
                true,
                (control, emit) -> ModelInspector.probe(
                        source, data, key, lambda, walk, ModelAtLambdaViewModel.SAMPLE_COUNT, control, emit),
                result -> probed(source, result),
                () -> status.info("Probe at λ = " + PhaseFormat.number(lambda) + " cancelled"),
                error -> status.error(
                        "The probe at λ = " + PhaseFormat.number(lambda) + " failed: " + error.getMessage()));
    }

    private void probed(SweepFolder source, ModelInspector.Probe result) {
        SweepPoint point = result.model().point();
        if (source != shown.folderOf(BranchKey.of(point))) {
            return;
        }
        shown.addProbe(point, result.theta());
        model.show(result.model());
        shown.select(point);
        status.info(String.format(
                Locale.ROOT,
                "Probe %s at %s: test accuracy %.1f %%, ‖θ‖ = %.2f after %d epochs "
                        + "(warm-started from %s); added to %s",
                BranchKey.of(point),
                PhaseFormat.lambda(point.lambda(), unit.getValue()),
                100 * point.testAccuracy(),
                point.norm(),
                point.epochs(),
                result.warmStart() == null
                        ? "the initialization"
                        : "λ = " + PhaseFormat.number(result.warmStart().lambda()),
                source.root().resolve(ModelInspector.PROBES)));
    }

    /** Asks the probe to stop; {@code false} if none runs. */
    boolean cancel() {
        return job.cancel("Cancelling the probe …");
    }

    /** Whether a probe is training. */
    public ObservableBooleanValue probingProperty() {
        return probing;
    }
}
