package io.phasescope.app.gui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.landscape.PathJob;
import io.phasescope.app.landscape.PathKind;
import io.phasescope.app.landscape.PathResult;
import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.render.landscape.SliceOverlay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths between two tiny minima, computed synchronously: overlaid, scrubbed with t, their curvature, and a
 * Pathfinder path as a resumable sweep.
 */
class PathsViewModelTest {

    @TempDir
    Path paths;

    private final StatusModel status = new StatusModel();
    private final ModelLibrary library = new ModelLibrary();

    @Test
    void aLinearPathIsOverlaidAndTheTSliderEvaluatesTheModelThere() throws Exception {
        LandscapeViewModel vm = TinyLandscape.withBothMinima(library, paths, status);

        vm.paths().computePathCommand().execute();

        assertThat(vm.paths().paths()).hasSize(1);
        PathResult path = vm.paths().paths().get(0);
        assertThat(vm.paths().selectedPathProperty().get()).isSameAs(path);
        int atA = java.util.Arrays.binarySearch(path.profile().t(), 0.0);
        assertThat(path.profile().testLoss()[atA]).isCloseTo(TinyMinima.testLoss(TinyMinima.minimum(0)), within(1e-6));
        assertThat(vm.overlays().overlayProperty().get().trajectories()).hasSize(1);

        vm.paths().tProperty().set(1.0);

        assertThat(vm.paths().modelAtTProperty().get().loss())
                .isCloseTo(TinyMinima.testLoss(TinyMinima.minimum(1)), within(1e-6));
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
    void aPathfinderPathRunsAsAResumableSweepAndEndsAtB() throws Exception {
        LandscapeViewModel vm = TinyLandscape.withBothMinima(library, paths, status);
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
        assertThat(path.profile().testLoss()[t.length - 1])
                .isCloseTo(TinyMinima.testLoss(TinyMinima.minimum(1)), within(1e-5));
        Path folder = paths.resolve("pathfinder-minimum_1-minimum_2");
        assertThat(SweepFolder.open(folder).points()).hasSize(PathJob.PATHFINDER_GRID.values().length);
        assertThat(TinyMinima.testLoss(path.theta().apply(1)))
                .isCloseTo(TinyMinima.testLoss(TinyMinima.minimum(1)), within(1e-5));
        assertThat(PathSpectraCsv.read(folder.resolve(PathSpectraCsv.FILE)))
                .as("kept in the path's folder")
                .hasSize(t.length);
        assertThat(vm.paths().pathSpectra().get(path)).hasSize(t.length);
    }
}
