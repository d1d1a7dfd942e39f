package io.phasescope.app.gui.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.ModelAtLambda;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.sweep.PointDetailsCsv;
import io.phasescope.model.sweep.SweepFolder;
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
 * The Phase-diagram view model composed of its panels, without a screen: opening folders, the model library,
 * spectra from the Curvature view.
 */
class PhaseViewModelTest {

    @TempDir
    Path sweeps;

    private final StatusModel status = new StatusModel();

    private PhaseViewModel viewModel() {
        return TinySweeps.viewModel(sweeps, status);
    }

    @Test
    void theModelShownAtTheSelectedLambdaCanJoinTheModelLibrary() throws IOException {
        PhaseViewModel vm = viewModel();
        ModelLibrary library = new ModelLibrary();
        KeepModelViewModel keep = new KeepModelViewModel(vm, library, new DirectTaskExecutor(), status);
        assertThat(keep.keepCommand().isExecutable()).isFalse();

        vm.run().runCommand().execute();
        keep.keepCommand().execute();

        SweepPoint last = vm.shown().selectedProperty().get();
        LibraryModel kept = library.models().get(0);
        assertThat(kept.name())
                .startsWith(vm.shown().folderProperty().get().getFileName().toString())
                .contains("λ=0 down s1");
        assertThat(kept.theta())
                .containsExactly(SweepFolder.open(vm.shown().folderProperty().get())
                        .parameters(last.branch(), last.seed(), last.index())
                        .orElseThrow());
        assertThat(kept.dataset()).isEqualTo(DataRequest.Kind.PATTERNS);
        assertThat(status.messageProperty().get()).contains("Added").contains("model library");
    }

    @Test
    void spectraFromTheCurvatureViewReachTheDiagramAsSaddleMarks() {
        PhaseViewModel vm = viewModel();
        vm.run().runCommand().execute();
        SweepPoint first = vm.shown().diagramProperty().get().points().get(0);
        List<PointSpectrum> rows = List.of(new PointSpectrum(
                first.branch(),
                first.seed(),
                first.lambda(),
                new double[] {2},
                new double[] {-0.5},
                Double.NaN,
                Double.NaN,
                10,
                true,
                100,
                0.1));

        vm.shown().spectraProperty().set(rows);

        assertThat(vm.shown().diagramProperty().get().spectra()).isEqualTo(rows);
    }

    @Test
    void anOpenedFolderShowsItsPointsAndProbesAndItsModels() {
        PhaseViewModel first = viewModel();
        first.run().runCommand().execute();
        first.scrubber().branchProperty().set(new BranchKey(Branch.UP, 1));
        first.scrubber().sliderPositionProperty().set(1.5);
        Path folder = first.shown().folderProperty().get();

        PhaseViewModel vm = viewModel();
        vm.openFolder(folder);

        assertThat(vm.settings().choiceProperty().get().label()).isEqualTo("Opened: " + folder.getFileName());
        assertThat(vm.settings().choices())
                .as("two sweeps, Custom… and the opened folder")
                .hasSize(4);
        assertThat(vm.shown().diagramProperty().get().points()).hasSize(TinySweeps.STEPS);
        assertThat(vm.shown().probes())
                .singleElement()
                .satisfies(p -> assertThat(p.lambda()).isEqualTo(0.075));
        assertThat(vm.shown().gridSizeProperty().get()).isEqualTo(7);
        assertThat(vm.run().resumableProperty().get()).as("complete").isFalse();
        assertThat(status.messageProperty().get()).startsWith("Opened " + folder + ": 14 of 14 steps");
        assertThat(vm.model().modelProperty().get().hasModel()).isTrue();
        assertThat(vm.scrubber().branchProperty().get())
                .as("an opened up-and-down sweep shows its up branch")
                .isEqualTo(new BranchKey(Branch.UP, 1));

        vm.scrubber().branchProperty().set(new BranchKey(Branch.UP, 1));
        vm.scrubber().sliderChangingProperty().set(true);
        vm.scrubber().sliderPositionProperty().set(5);
        assertThat(vm.model().modelProperty().get().point().index()).isEqualTo(5);
        assertThat(vm.model().modelProperty().get().source())
                .isSameAs(vm.model().modelProperty().get().point());
    }

    @Test
    void everyPanelShowsTheSelectedPointItselfEvenWhereItsParametersWereNotKept() throws IOException {
        PhaseViewModel first = viewModel();
        first.run().runCommand().execute();
        Path folder = first.shown().folderProperty().get();
        // keep the parameters of the up branch's first point only, as a sweep with a stride does
        for (String kept : new String[] {"params", "state"}) {
            try (var files = Files.list(folder.resolve(kept))) {
                for (Path file : files.toList()) {
                    if (!file.getFileName().toString().equals("up-s1-i0.bin")) {
                        Files.delete(file);
                    }
                }
            }
        }
        PhaseViewModel vm = viewModel();
        vm.openFolder(folder);
        vm.scrubber().branchProperty().set(new BranchKey(Branch.UP, 1));
        vm.scrubber().sliderChangingProperty().set(true);
        vm.scrubber().sliderPositionProperty().set(5);

        ModelAtLambda model = vm.model().modelProperty().get();
        SweepPoint point = model.point();
        assertThat(point.index()).isEqualTo(5);
        assertThat(model.source()).as("the panels show the point itself").isSameAs(point);
        assertThat(model.evaluation().perClassAccuracy()).containsExactly(point.perClassAccuracy());
        assertThat(model.predicted()).hasSize(ModelAtLambdaViewModel.SAMPLE_COUNT);
        assertThat(model.kept().index())
                .as("parameters for the library come from the kept point")
                .isZero();
        assertThat(ModelPane.note(model, "λ = 0.25", LambdaUnit.LAMBDA))
                .contains("Add to model library takes the nearest kept parameters, at λ = 0");

        // a sweep written before points stored their details shows the nearest kept model, and says so
        Files.delete(folder.resolve(PointDetailsCsv.CONFUSION));
        PhaseViewModel old = viewModel();
        old.openFolder(folder);
        old.scrubber().branchProperty().set(new BranchKey(Branch.UP, 1));
        old.scrubber().sliderChangingProperty().set(true);
        old.scrubber().sliderPositionProperty().set(5);
        ModelAtLambda nearest = old.model().modelProperty().get();
        assertThat(nearest.isNearestKept()).isTrue();
        assertThat(ModelPane.note(nearest, "λ = 0", LambdaUnit.LAMBDA)).startsWith("Model shown: the nearest kept");
    }

    @Test
    void openingSomethingThatIsNotASweepIsReportedNotThrown(@TempDir Path empty) {
        PhaseViewModel vm = viewModel();

        vm.openFolder(empty);

        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).startsWith("Cannot open " + empty);
        assertThat(vm.shown().folderProperty().get()).isNull();
    }

    @Test
    void anotherSeedsSweepFolderAddedToTheOneShownIsOverlaidWithEachTransitionsMeanAndSpread() {
        PhaseViewModel vm = viewModel();
        vm.run().runCommand().execute();
        Path first = vm.shown().folderProperty().get();
        vm.settings().seeds().textProperty().set("2");
        vm.run().runCommand().execute();
        Path second = vm.shown().folderProperty().get();
        assertThat(vm.shown().seedSpreadLines()).isEmpty();

        vm.openFolder(first);
        vm.addFolder(second);

        assertThat(vm.shown().folderProperty().get()).isEqualTo(first);
        assertThat(vm.shown().diagramProperty().get().points())
                .extracting(SweepPoint::seed)
                .containsOnly(1L, 2L);
        assertThat(vm.shown().seedSpreadLines().get(0)).contains("matched across seeds by λ along each branch");
        assertThat(vm.shown()
                        .seedSpreadLines()
                        .subList(1, vm.shown().seedSpreadLines().size()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(" ± ").contains("seeds: 1, 2"));

        vm.addFolder(second);

        assertThat(status.messageProperty().get()).contains("Cannot add").contains("overlaid twice");
        assertThat(vm.shown().diagramProperty().get().points()).hasSize(2 * TinySweeps.STEPS);
    }
}
