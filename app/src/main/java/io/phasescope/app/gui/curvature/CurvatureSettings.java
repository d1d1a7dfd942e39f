package io.phasescope.app.gui.curvature;

import io.phasescope.app.curvature.CurvatureData;
import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.train.Precision;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The settings of spectra and densities, as text fields. Defaults are fast: {@value #DEFAULT_IMAGES} training
 * images, the top 3 and bottom 3 eigenvalues to a relative residual of 1e-2 in at most 150 Lanczos steps, no
 * trace (Hutchinson probes 0), float products; densities from 3 probes of 40 steps.
 */
public final class CurvatureSettings {

    /** Training images by default (0 = all). */
    static final int DEFAULT_IMAGES = 1000;

    private final ValidatedField<Integer> images;
    private final ValidatedField<Integer> top;
    private final ValidatedField<Integer> bottom;
    private final ValidatedField<Double> tolerance;
    private final ValidatedField<Integer> maxSteps;
    private final ValidatedField<Integer> traceProbes;
    private final ValidatedField<Integer> probes;
    private final ValidatedField<Integer> steps;
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(Precision.FLOAT);
    private final BooleanBinding spectraValid;
    private final BooleanBinding densityValid;

    CurvatureSettings(TaskExecutor executor) {
        images = new ValidatedField<>(
                Integer.toString(DEFAULT_IMAGES),
                InputParsers.integer("Training images (0 = all)", 0, 60_000),
                executor);
        top = new ValidatedField<>("3", InputParsers.integer("Top k", 0, 50), executor);
        bottom = new ValidatedField<>("3", InputParsers.integer("Bottom k", 0, 50), executor);
        tolerance = new ValidatedField<>("1e-2", InputParsers.positive("Tolerance", 1), executor);
        maxSteps = new ValidatedField<>("150", InputParsers.integer("Lanczos steps", 2, 5000), executor);
        traceProbes = new ValidatedField<>("0", InputParsers.integer("Trace probes", 0, 1000), executor);
        probes = new ValidatedField<>("3", InputParsers.integer("Probes", 1, 100), executor);
        steps = new ValidatedField<>("40", InputParsers.integer("Steps per probe", 2, 1000), executor);
        spectraValid = Bindings.createBooleanBinding(
                () -> images.validProperty().get()
                        && top.validProperty().get()
                        && bottom.validProperty().get()
                        && tolerance.validProperty().get()
                        && maxSteps.validProperty().get()
                        && traceProbes.validProperty().get(),
                images.validProperty(),
                top.validProperty(),
                bottom.validProperty(),
                tolerance.validProperty(),
                maxSteps.validProperty(),
                traceProbes.validProperty());
        densityValid = Bindings.createBooleanBinding(
                () -> images.validProperty().get()
                        && probes.validProperty().get()
                        && steps.validProperty().get(),
                images.validProperty(),
                probes.validProperty(),
                steps.validProperty());
    }

    /**
     * The spectra settings the fields describe, committing them first.
     *
     * @throws IllegalArgumentException with a message for the user when a field does not parse or they do not fit
     */
    SpectraSettings spectraSettings() {
        commit(List.of(images, top, bottom, tolerance, maxSteps, traceProbes));
        return new SpectraSettings(
                top.getValue(),
                bottom.getValue(),
                tolerance.getValue(),
                maxSteps.getValue(),
                traceProbes.getValue(),
                CurvatureData.SEED,
                precision.get() == null ? Precision.FLOAT : precision.get());
    }

    /** Commits the density fields, throwing like {@link #spectraSettings()} when one does not parse. */
    void commitDensity() {
        commit(List.of(images, probes, steps));
    }

    private static void commit(List<ValidatedField<?>> fields) {
        for (ValidatedField<?> field : fields) {
            if (!field.commit()) {
                throw new IllegalArgumentException(field.errorProperty().get());
            }
        }
    }

    /** Training images E is averaged over; 0 for the whole training set. */
    public ValidatedField<Integer> images() {
        return images;
    }

    /** How many of the largest eigenvalues. */
    public ValidatedField<Integer> top() {
        return top;
    }

    /** How many of the smallest eigenvalues. */
    public ValidatedField<Integer> bottom() {
        return bottom;
    }

    /** Lanczos relative residual. */
    public ValidatedField<Double> tolerance() {
        return tolerance;
    }

    /** Lanczos steps at most. */
    public ValidatedField<Integer> maxSteps() {
        return maxSteps;
    }

    /** Hutchinson probes for the trace of ∇²E at each point; 0 computes no trace. */
    public ValidatedField<Integer> traceProbes() {
        return traceProbes;
    }

    /** The arithmetic of the spectra's Hessian-vector products; float by default. */
    public ObjectProperty<Precision> precision() {
        return precision;
    }

    /** SLQ probes. */
    public ValidatedField<Integer> probes() {
        return probes;
    }

    /** SLQ Lanczos steps per probe. */
    public ValidatedField<Integer> steps() {
        return steps;
    }

    /** Whether every spectra field parses. */
    public BooleanBinding spectraValidProperty() {
        return spectraValid;
    }

    /** Whether every density field parses. */
    public BooleanBinding densityValidProperty() {
        return densityValid;
    }
}
