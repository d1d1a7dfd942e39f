package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.ModelAtLambda;
import io.phasescope.app.phase.ModelInspector;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.phase.PointDetailsCache;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.training.DigitSample;
import io.phasescope.model.data.DataCache;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.sweep.PointDetails;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The model at the selected λ: evaluated on a background thread with its own engine (the latest request wins,
 * at most every {@link #INSPECT_DELAY}), with sample test images and their predictions.
 */
public final class ModelAtLambdaViewModel {

    /** Shortest time between two evaluations of the model at the selected point (the latest one wins). */
    public static final Duration INSPECT_DELAY = Duration.ofMillis(150);
    /** How many test images the model view shows. */
    public static final int SAMPLE_COUNT = PointDetails.SAMPLE_PANEL;

    private final ShownSweep shown;
    private final DataCache data;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Coalescer inspector;
    private final PointDetailsCache details = new PointDetailsCache();
    private final ReadOnlyObjectWrapper<ModelAtLambda> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObservableList<DigitSample> samples = FXCollections.observableArrayList();
    private final ObservableList<DigitSample> readOnlySamples = FXCollections.unmodifiableObservableList(samples);
    private Dataset samplesShown;
    private boolean inspecting;
    private boolean inspectAgain;

    ModelAtLambdaViewModel(ShownSweep shown, DataCache data, TaskExecutor executor, StatusModel status) {
        this.shown = shown;
        this.data = data;
        this.executor = executor;
        this.status = status;
        this.inspector = executor.throttle(INSPECT_DELAY, this::inspectNow);
    }

    /** Asks for the model at the selected point to be evaluated soon. */
    void request() {
        inspector.request();
    }

    private void inspectNow() {
        SweepPoint target = shown.selectedProperty().get();
        SweepFolder source = target == null ? null : shown.folderOf(BranchKey.of(target));
        if (target == null || source == null) {
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
        float[] theta = shown.probeTheta(target);
        List<SweepPoint> walk = shown.pointsOf(BranchKey.of(target));
        executor.execute(BackgroundTask.of(
                        "model at λ",
                        control -> ModelInspector.inspect(
                                source,
                                data,
                                theta == null ? details.get(source, target.key()) : null,
                                target,
                                theta,
                                walk,
                                SAMPLE_COUNT,
                                control))
                .onSuccess(result -> {
                    // shown even when the selection moved on meanwhile (its title says where it is): while a
                    // fast sweep is followed, waiting for an exact match would show nothing
                    if (source == shown.folderOf(BranchKey.of(target))) {
                        show(result);
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

    /** Shows an evaluated model and its predictions of the samples. */
    void show(ModelAtLambda result) {
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

    /** Shows {@code images} as the samples, without predictions (unless they are shown already). */
    void showSamples(Dataset images) {
        if (images == samplesShown) {
            return;
        }
        samplesShown = images;
        int side = (int) Math.round(Math.sqrt(images.featureCount()));
        List<DigitSample> shownSamples = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            float[] pixels =
                    Arrays.copyOfRange(images.features(), i * images.featureCount(), (i + 1) * images.featureCount());
            shownSamples.add(
                    new DigitSample(side, pixels, images.labels()[i], DigitSample.NONE, 0, shown.classNames()));
        }
        samples.setAll(shownSamples);
    }

    /** Shows no model. */
    void clear() {
        model.set(null);
    }

    /** The evaluated model at the selected point, or {@code null} while none is. */
    public ReadOnlyObjectProperty<ModelAtLambda> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The sample test images with the selected model's predictions. */
    public ObservableList<DigitSample> samples() {
        return readOnlySamples;
    }
}
