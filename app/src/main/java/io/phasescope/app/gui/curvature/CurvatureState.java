package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.model.train.Precision;
import io.phasescope.render.curvature.SpectraAxis;
import java.util.List;
import javafx.beans.property.StringProperty;

/**
 * The Curvature view as saved in a workspace: what the charts are drawn against, whether spectra follow the sweep
 * by themselves, and the settings' texts as typed (a text that no longer parses is restored as it was and shows its
 * error). The spectra themselves are the sweep's {@code spectra.csv}, which travels with the embedded sweep.
 *
 * @param axis a {@link SpectraAxis} name
 * @param automatic whether spectra are computed as points land
 * @param images training images of the Hessian (0 = all)
 * @param top how many of the largest eigenvalues
 * @param bottom how many of the smallest eigenvalues
 * @param tolerance Lanczos relative residual
 * @param steps Lanczos steps at most
 * @param traceProbes Hutchinson probes (0 = no trace)
 * @param densityProbes SLQ probes
 * @param densitySteps SLQ steps per probe
 * @param densityLog whether the density is drawn on a log axis
 * @param precision a {@link Precision#id()} of the spectra's Hessian-vector products; null (older files) is float
 */
public record CurvatureState(
        String axis,
        boolean automatic,
        String images,
        String top,
        String bottom,
        String tolerance,
        String steps,
        String traceProbes,
        String densityProbes,
        String densitySteps,
        boolean densityLog,
        String precision) {

    /** The state of {@code view}. */
    public static CurvatureState of(CurvatureViewModel view) {
        SpectraForm f = view.form();
        return new CurvatureState(
                view.axisProperty().get().name(),
                view.automaticProperty().get(),
                f.images().textProperty().get(),
                f.top().textProperty().get(),
                f.bottom().textProperty().get(),
                f.tolerance().textProperty().get(),
                f.maxSteps().textProperty().get(),
                f.traceProbes().textProperty().get(),
                f.probes().textProperty().get(),
                f.steps().textProperty().get(),
                view.density().logScaleProperty().get(),
                f.precision().get().id());
    }

    /** Checks what {@link #applyTo} would refuse, so that a bad file is refused before anything changes. */
    public CurvatureState validate() {
        if (axis != null) {
            try {
                SpectraAxis.valueOf(axis);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown spectra axis '" + axis + "' in the Curvature view", e);
            }
        }
        try {
            Precision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Curvature view: " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Puts this state into {@code view}: the texts first, then the axis and the automatic switch (so automatic
     * spectra start with the restored settings). A field missing from an older file keeps the view's value, except
     * the precision, which older files imply is float.
     *
     * @throws IllegalArgumentException for an axis name or precision this Phasescope does not know
     */
    public void applyTo(CurvatureViewModel view) {
        SpectraForm f = view.form();
        set(f.images().textProperty(), images);
        set(f.top().textProperty(), top);
        set(f.bottom().textProperty(), bottom);
        set(f.tolerance().textProperty(), tolerance);
        set(f.maxSteps().textProperty(), steps);
        set(f.traceProbes().textProperty(), traceProbes);
        set(f.probes().textProperty(), densityProbes);
        set(f.steps().textProperty(), densitySteps);
        for (ValidatedField<?> field : List.of(
                f.images(), f.top(), f.bottom(), f.tolerance(), f.maxSteps(), f.traceProbes(), f.probes(), f.steps())) {
            field.commit();
        }
        f.precision().set(Precision.parse(precision));
        view.density().logScaleProperty().set(densityLog);
        if (axis != null) {
            view.axisProperty().set(SpectraAxis.valueOf(axis));
        }
        view.automaticProperty().set(automatic);
    }

    private static void set(StringProperty text, String value) {
        if (value != null) {
            text.set(value);
        }
    }
}
