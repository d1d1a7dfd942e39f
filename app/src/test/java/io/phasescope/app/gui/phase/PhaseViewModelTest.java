package io.phasescope.app.gui.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.LibraryModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.task.DirectTaskExecutor;
import io.phasescope.app.gui.task.ManualTaskExecutor;
import io.phasescope.app.gui.training.JobState;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.PointsCsv;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.render.phase.LambdaUnit;
import io.phasescope.render.phase.PhaseDiagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Phase-diagram view model without a screen: tiny sweeps on the synthetic patterns with a 16-8-8-3
 * network, run synchronously by the direct executor (the test thread plays the UI thread).
 */
class PhaseViewModelTest {

    /** 7 λ values from 0 to 0.3, up and down: 14 steps that end in the trivial phase. */
    static final SweepSpec TINY = new SweepSpec(
            "tiny",
            new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
            new NetworkSpec(16, List.of(8, 8), Activation.SIGMOID, 3, 1),
            TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2).withLearningRate(0.01),
            SweepGrid.linear(0, 0.3, 0.05),
            SweepMode.UPDOWN,
            List.of(1L),
            1);

    static final int STEPS = 14;

    @TempDir
    Path sweeps;

    private final StatusModel status = new StatusModel();

    private PhaseViewModel viewModel() {
        return new PhaseViewModel(
                List.of(
                        new SweepChoice("tiny", "Tiny", TINY),
                        new SweepChoice("patterns-quick", SweepChoice.PATTERNS_QUICK, SweepChoice.patternsQuick())),
                sweeps,
                new DirectTaskExecutor(),
                status);
    }

    @Test
    void onlyRunIsEnabledWhileIdleAndTheFirstChoiceSetsModeAndSeeds() {
        PhaseViewModel vm = viewModel();

        assertThat(vm.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(vm.runCommand().isExecutable()).isTrue();
        assertThat(vm.runCommand().labelProperty().get()).isEqualTo("Run sweep");
        assertThat(vm.pauseResumeCommand().isExecutable()).isFalse();
        assertThat(vm.cancelCommand().isExecutable()).isFalse();
        assertThat(vm.modeProperty().get()).isEqualTo(SweepMode.UPDOWN);
        assertThat(vm.seeds().textProperty().get()).isEqualTo("1");
        assertThat(vm.summaryProperty().get()).contains("16-8-8-3 sigmoid", "λ from 0 to 0.3", "14 steps");
        assertThat(vm.diagramProperty().get().points()).isEmpty();

        vm.seeds().textProperty().set("1, x");
        assertThat(vm.runCommand().isExecutable()).isFalse();
        assertThat(vm.seeds().errorProperty().get()).contains("'x' is not a whole number");
        vm.seeds().textProperty().set("3, 1");
        assertThat(vm.requestedSpec().seeds()).containsExactly(3L, 1L);
        assertThatThrownBy(() -> io.phasescope.app.gui.training.InputParsers.seeds("2 2"))
                .hasMessageContaining("appears twice");
    }

    @Test
    void aSweepStreamsPointsIntoTheDiagramAndFindsItsPhases() throws IOException {
        PhaseViewModel vm = viewModel();

        vm.runCommand().execute();

        PhaseDiagram diagram = vm.diagramProperty().get();
        assertThat(diagram.points()).hasSize(STEPS);
        assertThat(diagram.classNames()).containsExactly("horizontal", "vertical+checker", "vertical+blocks");
        SweepAnalysis analysis = vm.analysisProperty().get();
        assertThat(analysis.phases()).extracting(p -> p.branch()).contains(Branch.UP, Branch.DOWN);
        assertThat(analysis.transitions())
                .as("into or out of the trivial phase")
                .isNotEmpty();
        assertThat(vm.transitionLines().get(0))
                .matches("(up|down) · seed 1: λc ≈ [0-9.]+ · accuracy \\d+ % → \\d+ % · .+");
        assertThat(diagram.transitions()).isEqualTo(analysis.transitions());
        assertThat(vm.transitionLines()).hasSize(analysis.transitions().size());
        assertThat(vm.phaseLines())
                .hasSize(analysis.phases().size())
                .anySatisfy(line -> assertThat(line).contains("trivial phase"));
        assertThat(vm.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.messageProperty().get()).startsWith("Sweep complete: 14 points");
        assertThat(status.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.runCommand().labelProperty().get()).isEqualTo("Run sweep");

        Path folder = vm.folderProperty().get();
        assertThat(folder.getParent()).isEqualTo(sweeps);
        assertThat(folder.getFileName().toString()).startsWith("tiny-");
        assertThat(SweepFolder.open(folder).points()).hasSize(STEPS);

        // the selection followed the sweep to its last point, and its model was evaluated
        SweepPoint last = vm.selectedProperty().get();
        assertThat(last.branch()).isEqualTo(Branch.DOWN);
        assertThat(last.index()).isZero();
        assertThat(vm.branchProperty().get()).isEqualTo(new BranchKey(Branch.DOWN, 1));
        assertThat(vm.sliderPositionProperty().get()).isZero();
        assertThat(diagram.selected()).isSameAs(last);
        ModelAtLambda model = vm.modelProperty().get();
        assertThat(model.point()).isSameAs(last);
        assertThat(model.hasModel()).isTrue();
        assertThat(model.evaluation().testAccuracy()).isEqualTo(last.testAccuracy());
        assertThat(model.evaluation().confusion()).hasDimensions(3, 3);
        assertThat(vm.samples())
                .hasSize(PhaseViewModel.SAMPLE_COUNT)
                .allSatisfy(sample -> assertThat(sample.hasPrediction()).isTrue());
        assertThat(vm.headlineProperty().get()).startsWith("down · seed 1 · λ = 0 (β = 0) · test accuracy");
    }

    @Test
    void theModelShownAtTheSelectedLambdaCanJoinTheModelLibrary() throws IOException {
        PhaseViewModel vm = viewModel();
        ModelLibrary library = new ModelLibrary();
        KeepModelViewModel keep = new KeepModelViewModel(vm, library, new DirectTaskExecutor(), status);
        assertThat(keep.keepCommand().isExecutable()).isFalse();

        vm.runCommand().execute();
        keep.keepCommand().execute();

        SweepPoint last = vm.selectedProperty().get();
        LibraryModel kept = library.models().get(0);
        assertThat(kept.name())
                .startsWith(vm.folderProperty().get().getFileName().toString())
                .contains("λ=0 down s1");
        assertThat(kept.theta())
                .containsExactly(SweepFolder.open(vm.folderProperty().get())
                        .parameters(last.branch(), last.seed(), last.index())
                        .orElseThrow());
        assertThat(kept.dataset()).isEqualTo(DataRequest.Kind.PATTERNS);
        assertThat(status.messageProperty().get()).contains("Added").contains("model library");
    }

    @Test
    void scrubbingSelectsTheNearestGridPointAndReleasingBetweenPointsProbesThere() throws IOException {
        PhaseViewModel vm = viewModel();
        vm.runCommand().execute();
        vm.branchProperty().set(new BranchKey(Branch.UP, 1));

        vm.sliderChangingProperty().set(true);
        vm.sliderPositionProperty().set(2.3);
        assertThat(vm.followProperty().get()).isFalse();
        SweepPoint two = vm.selectedProperty().get();
        assertThat(two.branch()).isEqualTo(Branch.UP);
        assertThat(two.index()).isEqualTo(2);
        assertThat(vm.modelProperty().get().point()).isSameAs(two);
        assertThat(vm.diagramProperty().get().selected()).isSameAs(two);
        vm.sliderPositionProperty().set(2.6);
        assertThat(vm.selectedProperty().get().index()).isEqualTo(3);
        assertThat(vm.sliderTextProperty().get())
                .startsWith("λ = 0.13 (β = 0.26)")
                .endsWith("release to probe here");

        vm.sliderChangingProperty().set(false);

        assertThat(vm.probes()).singleElement().satisfies(probe -> {
            assertThat(probe.index()).isEqualTo(-1);
            assertThat(probe.lambda()).isEqualTo(0.13);
            assertThat(probe.branch()).isEqualTo(Branch.UP);
        });
        SweepPoint probe = vm.probes().get(0);
        assertThat(vm.selectedProperty().get()).isSameAs(probe);
        assertThat(vm.modelProperty().get().point()).isSameAs(probe);
        assertThat(vm.modelProperty().get().hasModel()).isTrue();
        assertThat(vm.diagramProperty().get().probes()).containsExactly(probe);
        assertThat(vm.headlineProperty().get()).startsWith("Probe · up · seed 1 · λ = 0.13");
        assertThat(status.messageProperty().get())
                .contains("warm-started from λ = 0.1")
                .contains("probes.csv");
        Path file = vm.folderProperty().get().resolve(ModelInspector.PROBES);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(PointsCsv.header(3));
        assertThat(lines.get(1)).startsWith("up,1,0.13,0.26,");

        // released on a grid point: no probe, the slider snaps there
        vm.sliderPositionProperty().set(4.1);
        assertThat(vm.sliderPositionProperty().get()).isEqualTo(4.0);
        assertThat(vm.selectedProperty().get().index()).isEqualTo(4);
        assertThat(vm.probes()).hasSize(1);
    }

    @Test
    void theUnitToggleRelabelsAxesTextsAndTheDiagram() {
        PhaseViewModel vm = viewModel();
        vm.runCommand().execute();
        assertThat(vm.axisLabelProperty().get()).startsWith("λ");
        assertThat(vm.phaseLines()).allSatisfy(line -> assertThat(line).contains(": λ "));

        vm.unitProperty().set(LambdaUnit.BETA);

        assertThat(vm.axisLabelProperty().get()).startsWith("β = 2λ").contains("weight decay");
        assertThat(vm.diagramProperty().get().unit()).isEqualTo(LambdaUnit.BETA);
        assertThat(vm.phaseLines()).allSatisfy(line -> assertThat(line).contains(": β "));
        assertThat(vm.headlineProperty().get()).contains("β = 0 (λ = 0)");
        assertThat(vm.tickLabel(6)).isEqualTo("0.6");
        vm.unitProperty().set(LambdaUnit.LAMBDA);
        assertThat(vm.tickLabel(6)).isEqualTo("0.3");
    }

    @Test
    void spectraFromTheCurvatureViewReachTheDiagramAsSaddleMarks() {
        PhaseViewModel vm = viewModel();
        vm.runCommand().execute();
        SweepPoint first = vm.diagramProperty().get().points().get(0);
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

        vm.spectraProperty().set(rows);

        assertThat(vm.diagramProperty().get().spectra()).isEqualTo(rows);
    }

    @Test
    void aCancelledSweepResumesInItsFolderAndCompletes() throws IOException {
        PhaseViewModel vm = viewModel();
        ChangeListener<Number> cancelAtThree = (obs, old, count) -> {
            if (count.intValue() == 3) {
                vm.cancelCommand().execute();
            }
        };
        vm.pointCountProperty().addListener(cancelAtThree);

        vm.runCommand().execute();

        assertThat(vm.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(vm.pointCountProperty().get()).isEqualTo(3);
        assertThat(status.messageProperty().get())
                .startsWith("Cancelled after 3 of 14 steps")
                .endsWith("Press Resume sweep to go on.");
        assertThat(vm.resumableProperty().get()).isTrue();
        assertThat(vm.runCommand().labelProperty().get()).isEqualTo("Resume sweep");
        Path folder = vm.folderProperty().get();

        vm.pointCountProperty().removeListener(cancelAtThree);
        vm.runCommand().execute();

        assertThat(vm.folderProperty().get()).isEqualTo(folder);
        assertThat(vm.diagramProperty().get().points()).hasSize(STEPS);
        assertThat(SweepFolder.open(folder).points()).hasSize(STEPS);
        assertThat(status.messageProperty().get()).startsWith("Sweep complete: 14 points");
        assertThat(vm.resumableProperty().get()).isFalse();
        assertThat(vm.runCommand().labelProperty().get()).isEqualTo("Run sweep");
    }

    @Test
    void changingTheSettingsAfterACancelStartsANewSweep() {
        PhaseViewModel vm = viewModel();
        vm.pointCountProperty().addListener((obs, old, count) -> {
            if (count.intValue() == 2) {
                vm.cancelCommand().execute();
            }
        });
        vm.runCommand().execute();
        assertThat(vm.resumableProperty().get()).isTrue();

        vm.modeProperty().set(SweepMode.UP);

        assertThat(vm.resumableProperty().get()).isFalse();
        assertThat(vm.runCommand().labelProperty().get()).isEqualTo("Run sweep");
    }

    @Test
    void anOpenedFolderShowsItsPointsAndProbesAndItsModels() {
        PhaseViewModel first = viewModel();
        first.runCommand().execute();
        first.branchProperty().set(new BranchKey(Branch.UP, 1));
        first.sliderPositionProperty().set(1.5);
        Path folder = first.folderProperty().get();

        PhaseViewModel vm = viewModel();
        vm.openFolder(folder);

        assertThat(vm.choiceProperty().get().label()).isEqualTo("Opened: " + folder.getFileName());
        assertThat(vm.choices()).hasSize(3);
        assertThat(vm.diagramProperty().get().points()).hasSize(STEPS);
        assertThat(vm.probes())
                .singleElement()
                .satisfies(p -> assertThat(p.lambda()).isEqualTo(0.075));
        assertThat(vm.gridSizeProperty().get()).isEqualTo(7);
        assertThat(vm.resumableProperty().get()).as("complete").isFalse();
        assertThat(status.messageProperty().get()).startsWith("Opened " + folder + ": 14 of 14 steps");
        assertThat(vm.modelProperty().get().hasModel()).isTrue();

        vm.branchProperty().set(new BranchKey(Branch.UP, 1));
        vm.sliderChangingProperty().set(true);
        vm.sliderPositionProperty().set(5);
        assertThat(vm.modelProperty().get().point().index()).isEqualTo(5);
        assertThat(vm.modelProperty().get().source())
                .isSameAs(vm.modelProperty().get().point());
    }

    @Test
    void openingSomethingThatIsNotASweepIsReportedNotThrown(@TempDir Path empty) {
        PhaseViewModel vm = viewModel();

        vm.openFolder(empty);

        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).startsWith("Cannot open " + empty);
        assertThat(vm.folderProperty().get()).isNull();
    }

    @Test
    void commandsFollowTheSweepFromLoadingToCancelled() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        PhaseViewModel vm =
                new PhaseViewModel(List.of(new SweepChoice("tiny", "Tiny", TINY)), sweeps, executor, status);

        vm.runCommand().execute();
        assertThat(vm.stateProperty().get()).isEqualTo(JobState.LOADING);
        assertThat(vm.runCommand().isExecutable()).isFalse();
        assertThat(vm.canOpenProperty().get()).isFalse();
        assertThat(vm.pauseResumeCommand().isExecutable()).isFalse();
        assertThat(vm.cancelCommand().isExecutable()).isTrue();
        assertThat(status.progressProperty().get()).isEqualTo(StatusModel.BUSY);

        vm.cancelCommand().execute();
        assertThat(vm.stateProperty().get()).isEqualTo(JobState.STOPPING);
        assertThat(vm.cancelCommand().isExecutable()).isFalse();

        executor.runTasks();
        assertThat(vm.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.messageProperty().get()).startsWith("Cancelled after 0 of 14 steps");
        assertThat(vm.runCommand().labelProperty().get()).isEqualTo("Resume sweep");
        assertThat(vm.canOpenProperty().get()).isTrue();
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
