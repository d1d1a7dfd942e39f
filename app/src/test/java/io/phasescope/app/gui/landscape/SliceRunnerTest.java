package io.phasescope.app.gui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.render.landscape.SliceOverlay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slice runner on two 16-8-3 minima of the synthetic patterns, sliced synchronously by the direct
 * executor (the test thread plays the UI thread): defaults, the cache, directions, and waiting while inactive.
 */
class SliceRunnerTest {

    @TempDir
    Path paths;

    private final StatusModel status = new StatusModel();
    private final ModelLibrary library = new ModelLibrary();

    @Test
    void theFirstModelsBecomeThetaZeroAndBAndTheirSliceIsComputedAtOnce() {
        LandscapeViewModel vm = TinyLandscape.withBothMinima(library, paths, status);

        assertThat(vm.settings().originProperty().get().name()).isEqualTo("minimum 1");
        assertThat(vm.settings().modelBProperty().get().name()).isEqualTo("minimum 2");
        SliceResult slice = vm.slices().sliceProperty().get();
        assertThat(slice.grid().complete()).isTrue();
        assertThat(slice.grid().total()).isEqualTo(21 * 21);
        assertThat(slice.valueNear(0, 0)).isCloseTo(TinyMinima.testLoss(TinyMinima.minimum(0)), within(1e-6));
        assertThat(slice.grid().min()).isLessThanOrEqualTo(slice.valueNear(0, 0));
        SliceOverlay.Marker origin =
                vm.overlays().overlayProperty().get().markers().get(0);
        assertThat(origin.name()).isEqualTo("θ₀ minimum 1");
        assertThat(origin.a()).isCloseTo(0, within(1e-9));
        assertThat(vm.slices().headlineProperty().get()).contains("E (nats) around minimum 1", "21×21");
    }

    @Test
    void towardBPutsBAtOneAndAReturnToEarlierSettingsComesFromTheCache() {
        LandscapeViewModel vm = TinyLandscape.withBothMinima(library, paths, status);
        SliceResult random = vm.slices().sliceProperty().get();

        vm.settings().directionProperty().set(DirectionKind.TOWARD);

        SliceOverlay.Marker b = vm.overlays().overlayProperty().get().markers().stream()
                .filter(m -> m.name().equals("minimum 2"))
                .findFirst()
                .orElseThrow();
        assertThat(b.a()).isCloseTo(1, within(1e-4));
        assertThat(b.b()).isCloseTo(0, within(1e-4));
        assertThat(vm.slices().sliceProperty().get().valueNear(1, 0))
                .isCloseTo(TinyMinima.testLoss(TinyMinima.minimum(1)), within(1e-4));

        vm.settings().directionProperty().set(DirectionKind.RANDOM);

        assertThat(vm.slices().sliceProperty().get()).isSameAs(random);
        assertThat(status.messageProperty().get()).contains("from the cache");
    }

    @Test
    void aPlaneWithoutCSaysWhatIsMissingAndRemovingThetaZeroClearsIt() {
        LandscapeViewModel vm = TinyLandscape.withBothMinima(library, paths, status);

        vm.settings().directionProperty().set(DirectionKind.PLANE);

        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).contains("Pick model C");
        LibraryModel first = vm.settings().originProperty().get();
        library.remove(first);
        assertThat(vm.settings().originProperty().get()).isNotSameAs(first);
    }

    @Test
    void hessianDirectionsAndThePrincipalComponentsOfASweepGiveSlicesWithTheSweepDrawn(@TempDir Path dir)
            throws Exception {
        LandscapeViewModel vm = TinyLandscape.withBothMinima(library, paths, status);
        vm.settings().directionProperty().set(DirectionKind.HESSIAN);
        assertThat(vm.slices().sliceProperty().get().axes().aLabel()).startsWith("a (top Hessian v₁");
        assertThat(vm.slices().sliceProperty().get().grid().complete()).isTrue();

        SweepSpec sweep = new SweepSpec(
                "tiny",
                new DataRequest(DataRequest.Kind.PATTERNS, 0, 0, 1, null),
                TinyMinima.NET,
                TinyMinima.OPTIONS,
                SweepGrid.linear(0, 0.04, 0.01),
                SweepMode.UP,
                List.of(1L),
                1);
        Pathfinder.run(
                SweepFolder.openOrCreate(dir.resolve("sweep"), sweep),
                TinyMinima.DATA,
                1,
                SweepListener.none(),
                JobControl.none());
        vm.settings().openTrajectory(dir.resolve("sweep"));
        vm.settings().directionProperty().set(DirectionKind.PCA);

        assertThat(vm.settings().trajectoryNameProperty().get()).isEqualTo("sweep: 1 walks, 5 kept models");
        assertThat(vm.slices().sliceProperty().get().axes().aLabel()).startsWith("a (trajectory PC1");
        SliceOverlay.Trajectory walk =
                vm.overlays().overlayProperty().get().trajectories().get(0);
        assertThat(walk.name()).isEqualTo("sweep up · seed 1");
        assertThat(walk.a()).hasSize(5);
        assertThat(java.util.Arrays.stream(walk.a()).map(Math::abs).max().orElseThrow())
                .isLessThanOrEqualTo(1.0001);
    }

    @Test
    void anInactiveViewStartsNoSliceUntilItIsShown() {
        LandscapeViewModel vm = new LandscapeViewModel(library, null, paths, new DirectTaskExecutor(), status);
        vm.settings().resolutionProperty().set(21);
        vm.slices().activeProperty().set(false);
        TinyMinima.addBoth(library);

        assertThat(vm.settings().originProperty().get().name()).isEqualTo("minimum 1");
        assertThat(vm.slices().sliceProperty().get()).isNull();

        vm.slices().activeProperty().set(true);

        assertThat(vm.slices().sliceProperty().get().grid().complete()).isTrue();
    }
}
