package io.phasescope.app.gui.sweepspec;

import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Phase diagram's "Custom…" sweep: a {@link SweepSpecForm} walked in the view's mode with its seeds, and the
 * {@link WallTimeEstimator} that checks and estimates it while the custom sweep is the one chosen
 * ({@link #activeProperty()}). {@link #spec()} is the spec Run starts: the form's, with θ_ref read.
 */
public final class CustomSweep {

    /** The choice's id, which names the sweep folders it creates ({@code custom-<time>}). */
    public static final String ID = "custom";
    /** The choice's label. */
    public static final String LABEL = "Custom…";

    private final SweepSpecForm form;
    private final WallTimeEstimator estimator;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final BooleanBinding ready;
    private final Supplier<SweepSpec> recipe;

    /**
     * @param presets the specs offered (the first fills the form; the first MNIST one names the MNIST folder)
     * @param mode the view's mode
     * @param seeds the view's seeds field
     */
    public CustomSweep(
            List<SweepSpec> presets,
            ObservableValue<SweepMode> mode,
            ValidatedField<List<Long>> seeds,
            TaskExecutor executor) {
        if (presets == null || presets.isEmpty() || mode == null || seeds == null) {
            throw new IllegalArgumentException(
                    "presets, mode and seeds must be given, were " + presets + ", " + mode + ", " + seeds);
        }
        Path mnistFolder = presets.stream()
                .map(SweepSpec::data)
                .filter(d -> d.kind() == DataRequest.Kind.MNIST)
                .map(DataRequest::folder)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        form = new SweepSpecForm(presets.get(0), mnistFolder, executor);
        recipe = () -> form.recipe(mode.getValue(), seeds.getValue());
        estimator = new WallTimeEstimator(
                recipe, form::refSource, executor, Runtime.getRuntime().availableProcessors());
        ready = Bindings.createBooleanBinding(() -> estimator.readyProperty().get() != null, estimator.readyProperty());
        form.revisionProperty().addListener(x -> changed());
        mode.addListener((obs, was, now) -> changed());
        seeds.valueProperty().addListener((obs, was, now) -> changed());
        active.addListener((obs, was, now) -> {
            if (now) {
                estimator.request();
            } else {
                estimator.stop();
            }
        });
    }

    private void changed() {
        if (active.get()) {
            estimator.request();
        }
    }

    /** Puts {@code spec} into the form: choosing "Custom…" starts from the preset chosen before. */
    public void fill(SweepSpec spec) {
        form.fill(spec);
    }

    /**
     * The spec to run, θ_ref read. Commits the form's fields first: a text typed a moment ago counts.
     *
     * @throws IllegalArgumentException while a field is invalid, θ_ref does not fit, or the check has not finished
     */
    public SweepSpec spec() {
        SweepSpec now = recipe.get();
        SweepSpec spec = estimator.readyProperty().get();
        if (spec == null || !spec.withOptions(spec.options().withThetaRef(null)).equals(now)) {
            String problem = estimator.problemProperty().get();
            throw new IllegalArgumentException(
                    problem.isEmpty()
                            ? "the custom sweep is not checked yet; fix its fields or wait a moment"
                            : problem);
        }
        return spec;
    }

    public SweepSpecForm form() {
        return form;
    }

    public WallTimeEstimator estimator() {
        return estimator;
    }

    /** Whether "Custom…" is the sweep chosen; only then is the spec checked and estimated. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether {@link #spec()} has a spec to run. */
    public BooleanBinding readyProperty() {
        return ready;
    }
}
