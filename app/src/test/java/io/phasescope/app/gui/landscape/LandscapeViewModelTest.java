package io.phasescope.app.gui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.LibraryModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.gui.task.DirectTaskExecutor;
import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.render.landscape.SliceOverlay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landscape view model without a screen: two 16-8-3 minima of the synthetic patterns, sliced and joined
 * synchronously by the direct executor (the test thread plays the UI thread).
 */
class LandscapeViewModelTest {

    private static final NetworkSpec NET = TinyMinima.NET;
    private static final TrainingOptions OPTIONS = TinyMinima.OPTIONS;
    private static final DatasetSplit DATA = TinyMinima.DATA;

    @TempDir
    Path paths;

    private final StatusModel status = new StatusModel();
    private final ModelLibrary library = new ModelLibrary();

    private LandscapeViewModel viewModelWithBothMinima() {
        LandscapeViewModel vm = new LandscapeViewModel(library, null, paths, new DirectTaskExecutor(), status);
        vm.settings().resolutionProperty().set(21);
        TinyMinima.addBoth(library);
        return vm;
    }

    private static double testLoss(float[] theta) {
        return TinyMinima.testLoss(theta);
    }

    @Test
    void theFirstModelsBecomeThetaZeroAndBAndTheirSliceIsComputedAtOnce() {
        LandscapeViewModel vm = viewModelWithBothMinima();

        assertThat(vm.settings().originProperty().get().name()).isEqualTo("minimum 1");
        assertThat(vm.settings().modelBProperty().get().name()).isEqualTo("minimum 2");
        SliceResult slice = vm.slices().sliceProperty().get();
        assertThat(slice.grid().complete()).isTrue();
        assertThat(slice.grid().total()).isEqualTo(21 * 21);
        assertThat(slice.valueNear(0, 0)).isCloseTo(testLoss(TinyMinima.minimum(0)), within(1e-6));
        assertThat(slice.grid().min()).isLessThanOrEqualTo(slice.valueNear(0, 0));
        SliceOverlay.Marker origin =
                vm.overlays().overlayProperty().get().markers().get(0);
        assertThat(origin.name()).isEqualTo("θ₀ minimum 1");
        assertThat(origin.a()).isCloseTo(0, within(1e-9));
        assertThat(vm.slices().headlineProperty().get()).contains("E (nats) around minimum 1", "21×21");
    }

    @Test
    void towardBPutsBAtOneAndAReturnToEarlierSettingsComesFromTheCache() {
        LandscapeViewModel vm = viewModelWithBothMinima();
        SliceResult random = vm.slices().sliceProperty().get();

        vm.settings().directionProperty().set(DirectionKind.TOWARD);

        SliceOverlay.Marker b = vm.overlays().overlayProperty().get().markers().stream()
                .filter(m -> m.name().equals("minimum 2"))
                .findFirst()
                .orElseThrow();
        assertThat(b.a()).isCloseTo(1, within(1e-4));
        assertThat(b.b()).isCloseTo(0, within(1e-4));
        assertThat(vm.slices().sliceProperty().get().valueNear(1, 0))
                .isCloseTo(testLoss(TinyMinima.minimum(1)), within(1e-4));

        vm.settings().directionProperty().set(DirectionKind.RANDOM);

        assertThat(vm.slices().sliceProperty().get()).isSameAs(random);
        assertThat(status.messageProperty().get()).contains("from the cache");
    }

    @Test
    void aProbeEvaluatesTheModelUnderTheClickAndIsMarked() {
        LandscapeViewModel vm = viewModelWithBothMinima();
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

    @Test
    void aLinearPathIsOverlaidAndTheTSliderEvaluatesTheModelThere() throws Exception {
        LandscapeViewModel vm = viewModelWithBothMinima();

        vm.paths().computePathCommand().execute();

        assertThat(vm.paths().paths()).hasSize(1);
        PathResult path = vm.paths().paths().get(0);
        assertThat(vm.paths().selectedPathProperty().get()).isSameAs(path);
        int atA = java.util.Arrays.binarySearch(path.profile().t(), 0.0);
        assertThat(path.profile().testLoss()[atA]).isCloseTo(testLoss(TinyMinima.minimum(0)), within(1e-6));
        assertThat(vm.overlays().overlayProperty().get().trajectories()).hasSize(1);

        vm.paths().tProperty().set(1.0);

        assertThat(vm.paths().modelAtTProperty().get().loss()).isCloseTo(testLoss(TinyMinima.minimum(1)), within(1e-6));
        assertThat(vm.overlays().overlayProperty().get().markers())
                .extracting(SliceOverlay.Marker::name)
                .contains("t = 1.00");
        List<PathSpectrum> spectra = vm.paths().pathSpectra().get(path);
        assertThat(spectra)
                .as("∇²E at every t, computed once the path landed")
                .hasSize(path.profile().t().length);
        assertThat(spectra).allSatisfy(r -> {
            assertThat(r.top()).hasSize(PathCurvature.TOP);
            assertThat(r.bottom()).hasSize(PathCurvature.BOTTOM);
            assertThat(r.maxE()).isGreaterThanOrEqualTo(r.minE());
        });
        assertThat(spectra.get(atA).t()).isZero();
        assertThat(spectra.get(atA).maxE()).as("a trained minimum curves up").isPositive();
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.walk(paths)) {
            assertThat(left.filter(f -> f.toString().endsWith(".csv")))
                    .as("the scratch file is gone")
                    .isEmpty();
        }
        vm.paths().clearPathsCommand().execute();
        assertThat(vm.paths().pathSpectra()).isEmpty();
        assertThat(vm.paths().paths()).isEmpty();
        assertThat(vm.overlays().overlayProperty().get().trajectories()).isEmpty();
    }

    @Test
    void aPlaneWithoutCSaysWhatIsMissingAndRemovingThetaZeroClearsIt() {
        LandscapeViewModel vm = viewModelWithBothMinima();

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
        LandscapeViewModel vm = viewModelWithBothMinima();
        vm.settings().directionProperty().set(DirectionKind.HESSIAN);
        assertThat(vm.slices().sliceProperty().get().axes().aLabel()).startsWith("a (top Hessian v₁");
        assertThat(vm.slices().sliceProperty().get().grid().complete()).isTrue();

        SweepSpec sweep = new SweepSpec(
                "tiny",
                new DataRequest(DataRequest.Kind.PATTERNS, 0, 0, 1, null),
                NET,
                OPTIONS,
                SweepGrid.linear(0, 0.04, 0.01),
                SweepMode.UP,
                List.of(1L),
                1);
        Pathfinder.run(
                SweepFolder.openOrCreate(dir.resolve("sweep"), sweep),
                DATA,
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
    void aPathfinderPathRunsAsAResumableSweepAndEndsAtB() throws Exception {
        LandscapeViewModel vm = viewModelWithBothMinima();
        vm.paths().pathKindProperty().set(PathKind.PATHFINDER);
        List<Integer> streamed = new java.util.ArrayList<>();
        vm.paths().runningPathProperty().addListener((obs, old, now) -> streamed.add(now == null ? 0 : now.t().length));

        vm.paths().computePathCommand().execute();

        assertThat(streamed)
                .as("the walk so far, step by step, then cleared")
                .startsWith(1, 2, 3)
                .endsWith(0);
        assertThat(vm.paths().runningPathProperty().get()).isNull();

        PathResult path = vm.paths().paths().get(0);
        double[] t = path.profile().t();
        assertThat(t[0]).isZero();
        assertThat(t[t.length - 1]).isCloseTo(1, within(1e-6));
        assertThat(t.length).isEqualTo(1 + PathJob.PATHFINDER_GRID.values().length + PathfinderPath.closingPoints());
        assertThat(status.messageProperty().get())
                .contains("E_train ≤", "along the walk", "closed by a straight segment");
        assertThat(path.profile().testLoss()[t.length - 1]).isCloseTo(testLoss(TinyMinima.minimum(1)), within(1e-5));
        Path folder = paths.resolve("pathfinder-minimum_1-minimum_2");
        assertThat(SweepFolder.open(folder).points()).hasSize(PathJob.PATHFINDER_GRID.values().length);
        assertThat(testLoss(path.theta().apply(1))).isCloseTo(testLoss(TinyMinima.minimum(1)), within(1e-5));
        assertThat(PathSpectraCsv.read(folder.resolve(PathSpectraCsv.FILE)))
                .as("kept in the path's folder")
                .hasSize(t.length);
        assertThat(vm.paths().pathSpectra().get(path)).hasSize(t.length);
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
