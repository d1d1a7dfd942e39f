package io.phasescope.app.gui.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.phase.TinySweeps;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.task.ManualTaskExecutor;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.TinyStudy;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.LambdaUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study view's model without a screen, on a real study folder (two learning rates × seeds 1 and 2, three of the
 * four sweeps finished): grouped by variant, overlaid on the Phase diagram, followed as it runs, refused when the
 * folder is not a study.
 */
class StudyViewModelTest {

    @TempDir
    static Path dir;

    private static Path study;

    private final StatusModel status = new StatusModel();

    @BeforeAll
    static void runThreeOfTheFourSweeps() throws IOException {
        study = Files.createDirectories(dir.resolve("study"));
        TinyStudy.run(study, TinyStudy.RATES, 3);
    }

    private StudyViewModel viewModel(TaskExecutor executor, Path sweeps) {
        PhaseViewModel phase =
                new PhaseViewModel(List.of(new SweepChoice("tiny", "Tiny", TinySweeps.TINY)), sweeps, executor, status);
        return new StudyViewModel(phase, executor, status);
    }

    @Test
    void groupsTheSweepsByVariantAndOverlaysTheCheckedSeedsOnThePhaseDiagram(@TempDir Path sweeps) {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        PhaseViewModel phase =
                new PhaseViewModel(List.of(new SweepChoice("tiny", "Tiny", TinySweeps.TINY)), sweeps, executor, status);
        StudyViewModel vm = new StudyViewModel(phase, executor, status);

        vm.open(study);

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo("Study 'tiny-rates' in " + study + ": 3 of 4 done, 1 pending");
        assertThat(vm.groups())
                .extracting(StudyViewModel.Group::label)
                .containsExactly("learning_rate=0.01", "learning_rate=0.03");
        StudyViewModel.Group first = vm.groups().get(0);
        assertThat(first.tasks()).extracting(StudyTaskRow::seed).containsExactly(1L, 2L);
        assertThat(first.tasks()).allSatisfy(r -> {
            assertThat(r.stateProperty().get()).isEqualTo(StudyFolder.State.DONE);
            assertThat(r.checkedProperty().get())
                    .as("the first variant's seeds are checked")
                    .isTrue();
        });
        StudyTaskRow pending = vm.groups().get(1).tasks().get(1);
        assertThat(pending.stateProperty().get()).isEqualTo(StudyFolder.State.PENDING);
        assertThat(pending.startedProperty().get()).isFalse();
        assertThat(vm.spreadLines())
                .contains("learning_rate=0.01: 2 of 2 seeds finished", "learning_rate=0.03: 1 of 2 seeds finished")
                .anySatisfy(line -> assertThat(line).contains("λc = ").contains("(2 seeds: 1, 2), loses {"));
        assertThat(vm.hierarchyProperty().get().columns())
                .containsExactly("level", "learning_rate=0.01", "learning_rate=0.03");
        assertThat(vm.hierarchyProperty().get().rows()).isNotEmpty();

        assertThat(vm.overlayCommand().isExecutable()).isTrue();
        vm.overlayCommand().execute();

        assertThat(phase.shown().diagramProperty().get().points())
                .extracting(SweepPoint::seed)
                .containsOnly(1L, 2L);
        assertThat(phase.shown().seedSpreadLines())
                .anySatisfy(line -> assertThat(line).contains(" ± ").contains("seeds: 1, 2"));
        assertThat(status.messageProperty().get()).startsWith("Showing 2 sweeps overlaid, seeds [1, 2]");

        phase.settings().unitProperty().set(LambdaUnit.BETA);
        assertThat(vm.spreadLines()).anySatisfy(line -> assertThat(line).contains("βc = "));
    }

    @Test
    void aRunningStudyIsFollowedUntilItCompletesAndClosingStopsTheChecks(@TempDir Path copy, @TempDir Path sweeps)
            throws IOException {
        Path running = Files.createDirectories(copy.resolve("running"));
        StudyFolder folder = TinyStudy.run(running, TinyStudy.SEEDS, 1);
        ManualTaskExecutor executor = new ManualTaskExecutor();
        StudyViewModel vm = viewModel(executor, sweeps);

        vm.open(running);
        executor.runTasks();

        assertThat(vm.titleProperty().get()).endsWith("1 of 2 done, 1 pending");
        assertThat(vm.followingProperty().get()).isTrue();
        assertThat(executor.hasDebounced()).as("a check is scheduled").isTrue();
        List<StudyViewModel.Group> before = List.copyOf(vm.groups());
        executor.fireDebounced();
        executor.runTasks();
        assertThat(vm.groups()).as("nothing changed: the same rows").isEqualTo(before);

        TinyStudy.runTask(
                folder, TinyStudy.SEEDS.tasks().get(1), TinyStudy.BASE.data().load(m -> {}));
        executor.fireDebounced();
        executor.runTasks();

        assertThat(vm.titleProperty().get()).endsWith("2 of 2 done");
        assertThat(vm.groups().get(0).tasks().get(1).stateProperty().get()).isEqualTo(StudyFolder.State.DONE);
        assertThat(vm.spreadLines()).contains("patterns-sigmoid-8-lr0.01: 2 of 2 seeds finished");
        assertThat(vm.followingProperty().get())
                .as("complete: no longer followed")
                .isFalse();
        assertThat(executor.hasDebounced()).isFalse();

        vm.open(study);
        executor.runTasks();
        assertThat(executor.hasDebounced()).isTrue();
        vm.close();
        assertThat(executor.hasDebounced()).as("closing cancels the next check").isFalse();
        assertThat(vm.followingProperty().get()).isFalse();
    }

    @Test
    void aFailedTaskSaysWhyItFailed(@TempDir Path copy, @TempDir Path sweeps) throws IOException {
        Path failing = Files.createDirectories(copy.resolve("failing"));
        StudyFolder folder = TinyStudy.run(failing, TinyStudy.SEEDS, 1);
        folder.fail(TinyStudy.SEEDS.tasks().get(1), "java.lang.OutOfMemoryError: Java heap space");
        StudyViewModel vm = viewModel(new DirectTaskExecutor(), sweeps);

        vm.open(failing);

        StudyTaskRow failed = vm.groups().get(0).tasks().get(1);
        assertThat(failed.stateProperty().get()).isEqualTo(StudyFolder.State.FAILED);
        assertThat(failed.errorProperty().get()).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
        assertThat(vm.groups().get(0).tasks().get(0).errorProperty().get()).isEmpty();
    }

    @Test
    void aFolderThatIsNotAStudyGetsAClearError(@TempDir Path plain, @TempDir Path sweeps) {
        StudyViewModel vm = viewModel(new DirectTaskExecutor(), sweeps);

        vm.open(plain);

        assertThat(vm.errorProperty().get())
                .isEqualTo("Cannot open the study in " + plain + ": " + plain
                        + " is not a study folder: it has no study.json (phasescope study --spec STUDY.json --out "
                        + plain + " makes one)");
        assertThat(status.errorProperty().get()).isTrue();
        assertThat(vm.groups()).isEmpty();
        assertThat(vm.overlayCommand().isExecutable()).isFalse();
        assertThat(vm.followingProperty().get()).isFalse();
    }
}
