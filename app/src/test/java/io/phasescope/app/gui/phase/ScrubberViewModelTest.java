package io.phasescope.app.gui.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.GridPosition;
import io.phasescope.app.phase.ModelInspector;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.model.sweep.PointsCsv;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.LambdaUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The λ scrubber and probes on a tiny sweep run synchronously: scrubbing selects grid points, releasing between
 * them trains a probe, and the unit toggle relabels every text.
 */
class ScrubberViewModelTest {

    @TempDir
    Path sweeps;

    private final StatusModel status = new StatusModel();

    private PhaseViewModel viewModel() {
        return TinySweeps.viewModel(sweeps, status);
    }

    @Test
    void scrubbingSelectsTheNearestGridPointAndReleasingBetweenPointsProbesThere() throws IOException {
        PhaseViewModel vm = viewModel();
        vm.run().runCommand().execute();
        vm.scrubber().branchProperty().set(new BranchKey(Branch.UP, 1));

        vm.scrubber().sliderChangingProperty().set(true);
        vm.scrubber().sliderPositionProperty().set(2.3);
        assertThat(vm.scrubber().followProperty().get()).isFalse();
        SweepPoint two = vm.shown().selectedProperty().get();
        assertThat(two.branch()).isEqualTo(Branch.UP);
        assertThat(two.index()).isEqualTo(2);
        assertThat(vm.model().modelProperty().get().point()).isSameAs(two);
        assertThat(vm.shown().diagramProperty().get().selected()).isSameAs(two);
        assertThat(vm.scrubber().headlineProperty().get())
                .contains("holds "
                        + PhaseFormat.classSet(
                                io.phasescope.model.sweep.HeldClasses.atPoint(two.perClassAccuracy(), 0.5),
                                vm.shown().classNames())
                        + " here");
        vm.scrubber().sliderPositionProperty().set(2.6);
        assertThat(vm.shown().selectedProperty().get().index()).isEqualTo(3);
        assertThat(vm.scrubber().sliderTextProperty().get())
                .startsWith("λ = 0.13 (β = 0.26)")
                .endsWith("release to probe here");

        vm.scrubber().sliderChangingProperty().set(false);

        assertThat(vm.shown().probes()).singleElement().satisfies(probe -> {
            assertThat(probe.index()).isEqualTo(-1);
            assertThat(probe.lambda()).isEqualTo(0.13);
            assertThat(probe.branch()).isEqualTo(Branch.UP);
        });
        SweepPoint probe = vm.shown().probes().get(0);
        assertThat(vm.shown().selectedProperty().get()).isSameAs(probe);
        assertThat(vm.model().modelProperty().get().point()).isSameAs(probe);
        assertThat(vm.model().modelProperty().get().hasModel()).isTrue();
        assertThat(vm.shown().diagramProperty().get().probes()).containsExactly(probe);
        assertThat(vm.scrubber().headlineProperty().get()).startsWith("Probe · up · seed 1 · λ = 0.13");
        assertThat(status.messageProperty().get())
                .contains("warm-started from λ = 0.1")
                .contains("probes.csv");
        Path file = vm.shown().folderProperty().get().resolve(ModelInspector.PROBES);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(PointsCsv.header(3));
        assertThat(lines.get(1)).startsWith("up,1,0.13,0.26,");

        // released on a grid point: no probe, the slider snaps there
        vm.scrubber().sliderPositionProperty().set(4.1);
        assertThat(vm.scrubber().sliderPositionProperty().get()).isEqualTo(4.0);
        assertThat(vm.shown().selectedProperty().get().index()).isEqualTo(4);
        assertThat(vm.shown().probes()).hasSize(1);
    }

    @Test
    void theUnitToggleRelabelsAxesTextsAndTheDiagram() {
        PhaseViewModel vm = viewModel();
        vm.run().runCommand().execute();
        assertThat(vm.settings().axisLabelProperty().get()).startsWith("λ");
        assertThat(vm.shown().phaseLines()).allSatisfy(line -> assertThat(line).contains(": λ "));

        vm.settings().unitProperty().set(LambdaUnit.BETA);

        assertThat(vm.settings().axisLabelProperty().get()).startsWith("β = 2λ").contains("weight decay");
        assertThat(vm.shown().diagramProperty().get().unit()).isEqualTo(LambdaUnit.BETA);
        assertThat(vm.shown().phaseLines()).allSatisfy(line -> assertThat(line).contains(": β "));
        assertThat(vm.scrubber().headlineProperty().get()).contains("β = 0 (λ = 0)");
        assertThat(vm.scrubber().tickLabel(6)).isEqualTo("0.6");
        vm.settings().unitProperty().set(LambdaUnit.LAMBDA);
        assertThat(vm.scrubber().tickLabel(6)).isEqualTo("0.3");
    }

    @Test
    void gridPositionsInterpolateAndRoundProbes() {
        double[] grid = SweepGrid.linear(0, 0.05, 0.0008).values();
        assertThat(GridPosition.nearest(grid, 2.49)).isEqualTo(2);
        assertThat(GridPosition.nearest(grid, 99)).isEqualTo(grid.length - 1);
        assertThat(GridPosition.isBetween(grid, 2.1)).isFalse();
        assertThat(GridPosition.isBetween(grid, 2.5)).isTrue();
        assertThat(GridPosition.lambdaAt(grid, 2.5, false)).isCloseTo(0.002, within(1e-15));
        assertThat(GridPosition.probeLambda(grid, 15.37, false)).isEqualTo(0.0123);
        double[] log = SweepGrid.log(1e-4, 1e-2, 3).values();
        assertThat(GridPosition.lambdaAt(log, 0.5, true)).isCloseTo(3.1623e-4, within(1e-8));
        assertThat(PhaseFormat.number(0.012000000000000002)).isEqualTo("0.012");
        assertThat(PhaseFormat.number(3.5e-5)).isEqualTo("3.5e-5");
    }
}
