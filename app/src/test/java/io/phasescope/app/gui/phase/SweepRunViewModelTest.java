package io.phasescope.app.gui.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.ModelAtLambda;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.ManualTaskExecutor;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.PhaseDiagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep run without a screen: tiny sweeps run synchronously by the direct executor (the test thread
 * plays the UI thread), or step by step by the manual one.
 */
class SweepRunViewModelTest {

    @TempDir
    Path sweeps;

    private final StatusModel status = new StatusModel();

    private PhaseViewModel viewModel() {
        return TinySweeps.viewModel(sweeps, status);
    }

    @Test
    void onlyRunIsEnabledWhileIdleAndTheFirstChoiceSetsModeAndSeeds() {
        PhaseViewModel vm = viewModel();

        assertThat(vm.run().stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(vm.run().runCommand().isExecutable()).isTrue();
        assertThat(vm.run().runCommand().labelProperty().get()).isEqualTo("Run sweep");
        assertThat(vm.run().pauseResumeCommand().isExecutable()).isFalse();
        assertThat(vm.cancelCommand().isExecutable()).isFalse();
        assertThat(vm.settings().modeProperty().get()).isEqualTo(SweepMode.UPDOWN);
        assertThat(vm.settings().seeds().textProperty().get()).isEqualTo("1");
        assertThat(vm.settings().summaryProperty().get()).contains("16-8-8-3 sigmoid", "λ from 0 to 0.3", "14 steps");
        assertThat(vm.shown().diagramProperty().get().points()).isEmpty();

        vm.settings().seeds().textProperty().set("1, x");
        assertThat(vm.run().runCommand().isExecutable()).isFalse();
        assertThat(vm.settings().seeds().errorProperty().get()).contains("'x' is not a whole number");
        vm.settings().seeds().textProperty().set("3, 1");
        assertThat(vm.settings().requestedSpec().seeds()).containsExactly(3L, 1L);
        assertThatThrownBy(() -> io.phasescope.app.form.InputParsers.seeds("2 2"))
                .hasMessageContaining("appears twice");
    }

    @Test
    void aFolderAnotherWriterHoldsOpensReadOnlyAndCannotBeResumed() throws IOException {
        Path folder = sweeps.resolve("held");
        SweepFolder.openOrCreate(folder, TinySweeps.TINY);
        PhaseViewModel vm = viewModel();
        try (FolderLock other = FolderLock.acquire(folder)) {
            vm.openFolder(folder);
            assertThat(status.messageProperty().get())
                    .contains(folder + " is being written by another Phasescope process", "read-only");

            vm.run().runCommand().execute();

            assertThat(status.errorProperty().get()).isTrue();
            assertThat(status.messageProperty().get())
                    .startsWith(folder + " is being written by another Phasescope process (pid "
                            + ProcessHandle.current().pid() + ", since ");
            assertThat(SweepFolder.open(folder).points()).isEmpty();
        }
    }

    @Test
    void aSweepStreamsPointsIntoTheDiagramAndFindsItsPhases() throws IOException {
        PhaseViewModel vm = viewModel();

        vm.run().runCommand().execute();

        PhaseDiagram diagram = vm.shown().diagramProperty().get();
        assertThat(diagram.points()).hasSize(TinySweeps.STEPS);
        assertThat(diagram.classNames()).containsExactly("horizontal", "vertical+checker", "vertical+blocks");
        SweepAnalysis analysis = vm.shown().analysisProperty().get();
        assertThat(analysis.phases()).extracting(p -> p.branch()).contains(Branch.UP, Branch.DOWN);
        assertThat(analysis.transitions())
                .as("into or out of the trivial phase")
                .isNotEmpty();
        assertThat(vm.shown().transitionLines().get(0))
                .matches("(up|down) · seed 1: λc ≈ [0-9.]+ · accuracy \\d+ % → \\d+ % · .+");
        assertThat(diagram.transitions()).isEqualTo(analysis.transitions());
        assertThat(vm.shown().transitionLines()).hasSize(analysis.transitions().size());
        assertThat(vm.shown().phaseLines())
                .hasSize(analysis.phases().size())
                .anySatisfy(line -> assertThat(line).contains("trivial phase"));
        assertThat(vm.run().stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.messageProperty().get()).startsWith("Sweep complete: 14 points");
        assertThat(status.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.run().runCommand().labelProperty().get()).isEqualTo("Run sweep");

        Path folder = vm.shown().folderProperty().get();
        assertThat(folder.getParent()).isEqualTo(sweeps);
        assertThat(folder.getFileName().toString()).startsWith("tiny-");
        assertThat(SweepFolder.open(folder).points()).hasSize(TinySweeps.STEPS);

        // the selection followed the sweep to its last point, and its model was evaluated
        SweepPoint last = vm.shown().selectedProperty().get();
        assertThat(last.branch()).isEqualTo(Branch.DOWN);
        assertThat(last.index()).isZero();
        assertThat(vm.scrubber().branchProperty().get()).isEqualTo(new BranchKey(Branch.DOWN, 1));
        assertThat(vm.scrubber().sliderPositionProperty().get()).isZero();
        assertThat(diagram.selected()).isSameAs(last);
        ModelAtLambda model = vm.model().modelProperty().get();
        assertThat(model.point()).isSameAs(last);
        assertThat(model.hasModel()).isTrue();
        assertThat(model.evaluation().testAccuracy()).isEqualTo(last.testAccuracy());
        assertThat(model.evaluation().confusion()).hasDimensions(3, 3);
        assertThat(vm.model().samples())
                .hasSize(ModelAtLambdaViewModel.SAMPLE_COUNT)
                .allSatisfy(sample -> assertThat(sample.hasPrediction()).isTrue());
        assertThat(vm.scrubber().headlineProperty().get()).startsWith("down · seed 1 · λ = 0 (β = 0) · test accuracy");
    }

    @Test
    void aCancelledSweepResumesInItsFolderAndCompletes() throws IOException {
        PhaseViewModel vm = viewModel();
        ChangeListener<Number> cancelAtThree = (obs, old, count) -> {
            if (count.intValue() == 3) {
                vm.cancelCommand().execute();
            }
        };
        vm.shown().pointCountProperty().addListener(cancelAtThree);

        vm.run().runCommand().execute();

        assertThat(vm.run().stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(vm.shown().pointCountProperty().get()).isEqualTo(3);
        assertThat(status.messageProperty().get())
                .startsWith("Cancelled after 3 of 14 steps")
                .endsWith("Press Resume sweep to go on.");
        assertThat(vm.run().resumableProperty().get()).isTrue();
        assertThat(vm.run().runCommand().labelProperty().get()).isEqualTo("Resume sweep");
        Path folder = vm.shown().folderProperty().get();

        vm.shown().pointCountProperty().removeListener(cancelAtThree);
        vm.run().runCommand().execute();

        assertThat(vm.shown().folderProperty().get()).isEqualTo(folder);
        assertThat(vm.shown().diagramProperty().get().points()).hasSize(TinySweeps.STEPS);
        assertThat(SweepFolder.open(folder).points()).hasSize(TinySweeps.STEPS);
        assertThat(status.messageProperty().get()).startsWith("Sweep complete: 14 points");
        assertThat(vm.run().resumableProperty().get()).isFalse();
        assertThat(vm.run().runCommand().labelProperty().get()).isEqualTo("Run sweep");
    }

    @Test
    void changingTheSettingsAfterACancelStartsANewSweep() {
        PhaseViewModel vm = viewModel();
        vm.shown().pointCountProperty().addListener((obs, old, count) -> {
            if (count.intValue() == 2) {
                vm.cancelCommand().execute();
            }
        });
        vm.run().runCommand().execute();
        assertThat(vm.run().resumableProperty().get()).isTrue();

        vm.settings().modeProperty().set(SweepMode.UP);

        assertThat(vm.run().resumableProperty().get()).isFalse();
        assertThat(vm.run().runCommand().labelProperty().get()).isEqualTo("Run sweep");
    }

    @Test
    void commandsFollowTheSweepFromLoadingToCancelled() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        PhaseViewModel vm =
                new PhaseViewModel(List.of(new SweepChoice("tiny", "Tiny", TinySweeps.TINY)), sweeps, executor, status);

        vm.run().runCommand().execute();
        assertThat(vm.run().stateProperty().get()).isEqualTo(JobState.LOADING);
        assertThat(vm.run().runCommand().isExecutable()).isFalse();
        assertThat(vm.canOpenProperty().get()).isFalse();
        assertThat(vm.run().pauseResumeCommand().isExecutable()).isFalse();
        assertThat(vm.cancelCommand().isExecutable()).isTrue();
        assertThat(status.progressProperty().get()).isEqualTo(StatusModel.BUSY);

        vm.cancelCommand().execute();
        assertThat(vm.run().stateProperty().get()).isEqualTo(JobState.STOPPING);
        assertThat(vm.cancelCommand().isExecutable()).isFalse();

        executor.runTasks();
        assertThat(vm.run().stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.messageProperty().get()).startsWith("Cancelled after 0 of 14 steps");
        assertThat(vm.run().runCommand().labelProperty().get()).isEqualTo("Resume sweep");
        assertThat(vm.canOpenProperty().get()).isTrue();
    }
}
