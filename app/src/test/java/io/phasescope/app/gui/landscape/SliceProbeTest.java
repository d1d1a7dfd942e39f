package io.phasescope.app.gui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.landscape.ModelProbe;
import io.phasescope.app.landscape.ProbeResult;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.render.landscape.SliceOverlay;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clicking the slice of two tiny minima: the model there is evaluated and marked.
 */
class SliceProbeTest {

    @TempDir
    Path paths;

    private final StatusModel status = new StatusModel();
    private final ModelLibrary library = new ModelLibrary();

    @Test
    void aProbeEvaluatesTheModelUnderTheClickAndIsMarked() {
        LandscapeViewModel vm = TinyLandscape.withBothMinima(library, paths, status);
        SliceResult slice = vm.slices().sliceProperty().get();
        double a = slice.grid().a()[15];
        double b = slice.grid().b()[4];

        vm.probe().probe(a, b);

        ProbeResult probe = vm.probe().probeProperty().get();
        assertThat(probe.loss()).isCloseTo(slice.valueNear(a, b), within(1e-6));
        assertThat(probe.perClass()).hasSize(3);
        assertThat(probe.predicted()).hasSize(ModelProbe.SAMPLES);
        assertThat(vm.overlays().overlayProperty().get().markers())
                .extracting(SliceOverlay.Marker::name)
                .contains("probe");
        vm.probe().hover(a, b);
        assertThat(vm.probe().hoverProperty().get()).startsWith("a = ").contains("E = ");
    }
}
