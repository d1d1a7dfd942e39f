package io.phasescope.app.gui.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.sweepspec.CustomSweep;
import io.phasescope.app.gui.sweepspec.SweepSpecForm;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Custom…" in the Phase diagram's preset list, without a screen: it opens the spec of the preset chosen before, an
 * invalid field keeps Run disabled, and a custom sweep runs like a preset into its own folder with the spec in its
 * sweep.json.
 */
class CustomSweepRunTest {

    @TempDir
    Path sweeps;

    private final StatusModel status = new StatusModel();

    @Test
    void aCustomSpecRunsLikeAPresetWithTheSpecInItsSweepJson() throws Exception {
        PhaseViewModel vm = TinySweeps.viewModel(sweeps, status);
        SweepSettings settings = vm.settings();
        chooseCustom(settings);
        SweepSpecForm form = settings.custom().form();
        assertThat(form.recipe(SweepMode.UPDOWN, List.of(1L)).grid())
                .as("filled from the preset chosen before")
                .isEqualTo(TinySweeps.TINY.grid());

        form.training().hiddenWidths().setText("0");
        assertThat(vm.run().runCommand().isExecutable()).as("an invalid field").isFalse();
        assertThat(form.training().hiddenWidths().errorProperty().get()).contains("hidden width");
        form.training().hiddenWidths().setText("6");
        form.grid().setText("0:0.1:0.05");
        settings.modeProperty().set(SweepMode.UP);
        assertThat(settings.summaryProperty().get()).contains("16-6-3 sigmoid").contains("3 steps");
        assertThat(settings.custom().estimator().estimateProperty().get()).contains("s per epoch, measured");
        assertThat(vm.run().runCommand().isExecutable()).isTrue();

        vm.run().runCommand().execute();

        Path folder = vm.shown().folderProperty().get();
        assertThat(folder.getFileName().toString()).startsWith("custom-");
        SweepSpec written = SweepFolder.open(folder).spec();
        assertThat(written).isEqualTo(settings.custom().spec().withMode(SweepMode.UP));
        assertThat(written.name()).isEqualTo("custom");
        assertThat(SweepFolder.open(folder).points()).hasSize(3);
        assertThat(status.messageProperty().get()).startsWith("Sweep complete: 3 points");
    }

    @Test
    void editsSurviveALookAtAPresetAndAnotherPresetRefillsTheForm() {
        PhaseViewModel vm = TinySweeps.viewModel(sweeps, status);
        SweepSettings settings = vm.settings();
        SweepChoice tiny = settings.choiceProperty().get();
        chooseCustom(settings);
        settings.custom().form().grid().setText("0:0.2:0.1");

        settings.choiceProperty().set(tiny);
        chooseCustom(settings);
        assertThat(settings.custom().form().grid().textProperty().get()).isEqualTo("0:0.2:0.1");

        settings.choiceProperty().set(settings.choices().get(1)); // the quick patterns sweep
        chooseCustom(settings);
        assertThat(settings.custom().form().grid().getValue())
                .isEqualTo(SweepChoice.patternsQuick().grid());
    }

    private static void chooseCustom(SweepSettings settings) {
        settings.choiceProperty()
                .set(settings.choices().stream()
                        .filter(c -> c.id().equals(CustomSweep.ID))
                        .findFirst()
                        .orElseThrow());
    }
}
