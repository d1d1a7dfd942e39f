package io.phasescope.app.gui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.gui.phase.SweepSettings;
import io.phasescope.app.gui.sweepspec.SweepSpecForm;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Phase diagram's custom sweep is saved with the workspace and opened again as it was, choice and texts. */
class CustomSweepWorkspaceTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("io/phasescope/test/" + System.nanoTime());

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aCustomSweepSurvivesSaveAndOpen() throws Exception {
        WorkspaceSession first = new WorkspaceSession(dir, prefs);
        TinyMinima.addBoth(first.library);
        SweepSettings settings = first.phase.settings();
        settings.chooseCustom();
        SweepSpecForm form = settings.custom().form();
        form.training().hiddenWidths().setText("5");
        form.gridKindProperty().set(SweepSpecForm.GridKind.LOG);
        form.grid().setText("0.001:0.1:4");
        settings.seeds().setText("1, 2");
        settings.modeProperty().set(SweepMode.DOWN);
        SweepSpec before = form.recipe(SweepMode.DOWN, List.of(1L, 2L));
        form.training().learningRate().setText("fast");

        first.workspace.saveAs(dir.resolve("custom"));
        WorkspaceSession second = new WorkspaceSession(dir, prefs);
        second.workspace.open(dir.resolve("custom.phasescope"));

        assertThat(second.status.errorProperty().get())
                .as(second.status.messageProperty().get())
                .isFalse();
        SweepSettings restored = second.phase.settings();
        assertThat(restored.isCustomChosen()).isTrue();
        SweepSpecForm again = restored.custom().form();
        assertThat(again.training().learningRate().textProperty().get())
                .as("a bad text comes back as typed, with its error")
                .isEqualTo("fast");
        assertThat(again.training().learningRate().validProperty().get()).isFalse();
        again.training()
                .learningRate()
                .setText(form.training().learningRate().getValue().toString());
        assertThat(again.recipe(restored.modeProperty().get(), restored.seeds().getValue()))
                .isEqualTo(before);
    }
}
