package io.phasescope.app.gui.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.phase.TinySweeps;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.ManualTaskExecutor;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.study.TinyStudy;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running study's sweeps overlaid on the Phase diagram grow as their points arrive: a real tiny study (seeds 1 and
 * 2, seed 1 finished) whose seed-2 sweep this test writes as the study's task would, holding its folder's lock and
 * appending real rows of the same sweep run whole beforehand. No screen, no sleeps: the executor runs the checks
 * when told.
 */
class StudyOverlayFollowTest {

    @TempDir
    static Path dir;

    private static Path running;
    private static Path written;
    /** The header and rows of seed 2's whole sweep. */
    private static List<String> rows;

    private final StatusModel status = new StatusModel();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private PhaseViewModel phase;

    @BeforeAll
    static void aStudyWhoseSecondSweepIsBeingWritten() throws IOException {
        running = Files.createDirectories(dir.resolve("running"));
        StudyFolder study = TinyStudy.run(running, TinyStudy.SEEDS, 1);
        StudyTask second = TinyStudy.SEEDS.tasks().get(1);
        Path whole = Files.createDirectories(dir.resolve("whole"));
        Pathfinder.run(
                SweepFolder.openOrCreate(whole, second.sweep()),
                TinyStudy.BASE.data().load(m -> {}),
                1,
                SweepListener.none(),
                JobControl.none());
        rows = TinyStudy.startWriting(study, second, whole, 0);
        written = study.sweepFolder(second);
    }

    /** The study view on its own Phase diagram, the running task's sweep at its first {@code points} rows. */
    private StudyViewModel openWithSeedTwoAt(int points) throws IOException {
        Files.write(written.resolve(SweepFolder.POINTS), rows.subList(0, 1 + points));
        phase = new PhaseViewModel(
                List.of(new SweepChoice("tiny", "Tiny", TinySweeps.TINY)), dir.resolve("sweeps"), executor, status);
        StudyViewModel vm = new StudyViewModel(phase, executor, status);
        vm.open(running);
        executor.runTasks();
        assertThat(vm.groups().get(0).tasks())
                .as("both seeds checked, the running one too")
                .allSatisfy(r -> assertThat(r.checkedProperty().get()).isTrue());
        vm.overlayCommand().execute();
        executor.runTasks();
        return vm;
    }

    private void appendRows(int from, int to) throws IOException {
        Files.write(written.resolve(SweepFolder.POINTS), rows.subList(1 + from, 1 + to), StandardOpenOption.APPEND);
    }

    private long pointsOfSeed(long seed) {
        return phase.shown().diagramProperty().get().points().stream()
                .filter(p -> p.seed() == seed)
                .count();
    }

    @Test
    void theRunningSweepGrowsOnThePhaseDiagramAsItsRowsArriveUntilItsWriterLetsGo() throws IOException {
        int all = rows.size() - 1;
        try (FolderLock writer = FolderLock.acquire(written)) {
            openWithSeedTwoAt(4);
            long seedOne = pointsOfSeed(1);
            assertThat(seedOne).as("the finished seed, whole").isGreaterThan(4);
            assertThat(pointsOfSeed(2)).isEqualTo(4);
            assertThat(phase.isFollowingAnotherWriter()).isTrue();
            assertThat(status.messageProperty().get())
                    .isEqualTo("The sweep in " + written + " is being written by another Phasescope process: shown"
                            + " read-only and followed as its points arrive");

            executor.fireDebounced();
            executor.runTasks();
            assertThat(pointsOfSeed(2)).as("nothing new yet").isEqualTo(4);

            appendRows(4, 9);
            executor.fireDebounced();
            executor.runTasks();
            assertThat(pointsOfSeed(2)).as("the appended rows arrived").isEqualTo(9);
            assertThat(pointsOfSeed(1)).isEqualTo(seedOne);

            appendRows(9, all);
        }
        executor.fireDebounced();
        executor.runTasks();
        assertThat(pointsOfSeed(2))
                .as("the last rows, read once the writer let go")
                .isEqualTo(all);
        assertThat(phase.shown().seedSpreadLines())
                .as("λc across both seeds, from the points that arrived")
                .anySatisfy(line -> assertThat(line).contains(" ± ").contains("seeds: 1, 2"));
        assertThat(phase.isFollowingAnotherWriter()).isFalse();
        assertThat(status.messageProperty().get()).contains("is no longer being written: " + all + " points");
    }

    @Test
    void aSweepWhoseWriterWasKilledIsFollowedAgainWhenItResumes() throws IOException {
        StudyViewModel vm;
        try (FolderLock writer = FolderLock.acquire(written)) {
            vm = openWithSeedTwoAt(4);
        } // the driver killed: its lock dies with it
        executor.fireDebounced();
        executor.runTasks();
        assertThat(phase.isFollowingAnotherWriter()).isFalse();

        try (FolderLock resumed = FolderLock.acquire(written)) { // the driver restarted: the task goes on
            appendRows(4, 9);
            executor.fireDebounced();
            executor.runTasks();
            assertThat(pointsOfSeed(2)).as("followed again").isEqualTo(9);
            assertThat(phase.isFollowingAnotherWriter()).isTrue();
        }
        vm.close();
    }

    @Test
    void closingTheStudyOrShowingAnotherSweepStopsFollowingTheOverlay() throws IOException {
        try (FolderLock writer = FolderLock.acquire(written)) {
            StudyViewModel vm = openWithSeedTwoAt(4);
            assertThat(phase.isFollowingAnotherWriter()).isTrue();

            vm.close();
            assertThat(phase.isFollowingAnotherWriter())
                    .as("the study window closed")
                    .isFalse();
            appendRows(4, 9);
            executor.fireDebounced();
            executor.runTasks();
            assertThat(pointsOfSeed(2)).as("no longer followed").isEqualTo(4);

            vm.open(running);
            executor.runTasks();
            vm.overlayCommand().execute();
            executor.runTasks();
            assertThat(pointsOfSeed(2)).isEqualTo(9);
            assertThat(phase.isFollowingAnotherWriter()).isTrue();

            phase.openFolder(running.resolve(StudyFolder.SWEEPS)
                    .resolve(TinyStudy.SEEDS.tasks().get(0).id()));
            executor.runTasks();
            assertThat(phase.isFollowingAnotherWriter())
                    .as("another sweep shown instead")
                    .isFalse();
            vm.close();
        }
    }
}
