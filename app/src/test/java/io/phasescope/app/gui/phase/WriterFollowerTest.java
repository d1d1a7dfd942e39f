package io.phasescope.app.gui.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.ManualTaskExecutor;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.PointDetailsCsv;
import io.phasescope.model.sweep.SweepFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep folder another process is writing is shown read-only and followed as its points arrive. */
class WriterFollowerTest {

    @TempDir
    Path sweeps;

    private final StatusModel status = new StatusModel();

    @Test
    void aFolderAnotherProcessWritesIsFollowedUntilItsWriterLetsGo() throws IOException {
        PhaseViewModel full = TinySweeps.viewModel(sweeps.resolve("a"), status);
        full.run().runCommand().execute();
        Path whole = full.shown().folderProperty().get();
        List<String> rows = Files.readAllLines(whole.resolve(SweepFolder.POINTS));
        Path written = sweeps.resolve("being-written");
        Files.createDirectories(written);
        for (String file : new String[] {SweepFolder.MANIFEST, PointDetailsCsv.CONFUSION, PointDetailsCsv.SAMPLES}) {
            Files.copy(whole.resolve(file), written.resolve(file));
        }
        Files.write(written.resolve(SweepFolder.POINTS), rows.subList(0, 1 + 5));

        ManualTaskExecutor executor = new ManualTaskExecutor();
        PhaseViewModel vm = new PhaseViewModel(
                List.of(new SweepChoice("tiny", "Tiny", TinySweeps.TINY)), sweeps.resolve("b"), executor, status);
        try (FolderLock writer = FolderLock.acquire(written)) {
            vm.openFolder(written);
            executor.runTasks();
            assertThat(vm.shown().pointCountProperty().get()).isEqualTo(5);
            assertThat(status.messageProperty().get()).contains("followed as its points arrive");
            assertThat(vm.isFollowingAnotherWriter()).isTrue();

            Files.write(written.resolve(SweepFolder.POINTS), rows);
            executor.fireDebounced();
            executor.runTasks();
            assertThat(vm.shown().pointCountProperty().get())
                    .as("the new points arrived")
                    .isEqualTo(rows.size() - 1);
            assertThat(executor.hasDebounced()).as("still followed").isTrue();
        }
        executor.fireDebounced();
        executor.runTasks();
        assertThat(vm.isFollowingAnotherWriter()).isFalse();
        assertThat(status.messageProperty().get()).contains("no longer being written");
        assertThat(executor.hasDebounced()).isFalse();
    }
}
