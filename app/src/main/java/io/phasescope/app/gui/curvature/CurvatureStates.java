package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.workspace.CurvatureState;
import io.phasescope.model.train.Precision;
import io.phasescope.render.curvature.SpectraAxis;
import java.util.List;
import javafx.beans.property.StringProperty;

/** Takes a {@link CurvatureState} (as saved in a workspace) from the Curvature view and puts it back. */
public final class CurvatureStates {

    private CurvatureStates() {}

    /** The state of {@code view}. */
    public static CurvatureState of(CurvatureViewModel view) {
        CurvatureSettings f = view.settings();
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

    /**
     * Puts {@code state} into {@code view}: the texts first, then the axis and the automatic switch (so automatic
     * spectra start with the restored settings). A field missing from an older file keeps the view's value, except
     * the precision, which older files imply is float.
     *
     * @throws IllegalArgumentException for an axis name or precision this Phasescope does not know
     */
    public static void applyTo(CurvatureState state, CurvatureViewModel view) {
        CurvatureSettings f = view.settings();
        set(f.images().textProperty(), state.images());
        set(f.top().textProperty(), state.top());
        set(f.bottom().textProperty(), state.bottom());
        set(f.tolerance().textProperty(), state.tolerance());
        set(f.maxSteps().textProperty(), state.steps());
        set(f.traceProbes().textProperty(), state.traceProbes());
        set(f.probes().textProperty(), state.densityProbes());
        set(f.steps().textProperty(), state.densitySteps());
        for (ValidatedField<?> field : List.of(
                f.images(), f.top(), f.bottom(), f.tolerance(), f.maxSteps(), f.traceProbes(), f.probes(), f.steps())) {
            field.commit();
        }
        f.precision().set(Precision.parse(state.precision()));
        view.density().logScaleProperty().set(state.densityLog());
        if (state.axis() != null) {
            view.axisProperty().set(SpectraAxis.valueOf(state.axis()));
        }
        view.automaticProperty().set(state.automatic());
    }

    private static void set(StringProperty text, String value) {
        if (value != null) {
            text.set(value);
        }
    }
}
