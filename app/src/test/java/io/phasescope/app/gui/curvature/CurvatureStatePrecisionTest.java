package io.phasescope.app.gui.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.workspace.CurvatureState;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.train.Precision;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The precision of the Curvature view's spectra: in the settings, saved in the workspace, absent in older files. */
class CurvatureStatePrecisionTest {

    private static CurvatureViewModel viewModel() {
        CurvatureViewModel vm = new CurvatureViewModel(
                new SimpleObjectProperty<Path>(),
                new SimpleObjectProperty<SweepAnalysis>(),
                new SimpleObjectProperty<>(LambdaUnit.LAMBDA),
                new DirectTaskExecutor(),
                new StatusModel());
        vm.automaticProperty().set(false);
        return vm;
    }

    @Test
    void defaultsToFloatReachesTheSettingsAndSurvivesSaving() throws Exception {
        CurvatureViewModel first = viewModel();
        assertThat(first.settings().spectraSettings().precision()).isEqualTo(Precision.FLOAT);
        first.settings().precision().set(Precision.DOUBLE);
        assertThat(first.settings().spectraSettings().precision()).isEqualTo(Precision.DOUBLE);

        ObjectMapper json = new ObjectMapper();
        String saved = json.writeValueAsString(CurvatureStates.of(first));
        assertThat(saved).contains("\"precision\":\"double\"");
        CurvatureViewModel second = viewModel();
        CurvatureStates.applyTo(json.readValue(saved, CurvatureState.class).validate(), second);
        assertThat(second.settings().precision().get()).isEqualTo(Precision.DOUBLE);

        String older = saved.replace(",\"precision\":\"double\"", "");
        assertThat(older).doesNotContain("precision");
        CurvatureStates.applyTo(json.readValue(older, CurvatureState.class).validate(), second);
        assertThat(second.settings().precision().get())
                .as("older files computed in float")
                .isEqualTo(Precision.FLOAT);
    }

    @Test
    void anUnknownPrecisionIsRefusedBeforeAnythingChanges() {
        CurvatureState state = CurvatureStates.of(viewModel());
        CurvatureState bad = new CurvatureState(
                state.axis(),
                false,
                state.images(),
                state.top(),
                state.bottom(),
                state.tolerance(),
                state.steps(),
                state.traceProbes(),
                state.densityProbes(),
                state.densitySteps(),
                false,
                "half");
        assertThatThrownBy(bad::validate)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'half'");
    }
}
