package io.phasescope.app.gui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.workspace.EmbeddedSweep;
import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceState;
import io.phasescope.model.sweep.SweepFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Self-contained workspaces: the open sweep travels inside the file. A workspace whose sweep folder is gone or
 * changed opens an extracted copy under the sweeps root and never writes into the user's folder; version 1 files
 * still open the folder they name; unsafe names in the archive are refused.
 */
class EmbeddedSweepTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("io/phasescope/test/" + System.nanoTime());
    private WorkspaceSession first;
    private Path sweep;
    private Path saved;

    @BeforeEach
    void saveASessionWithASweep() {
        first = new WorkspaceSession(dir, prefs);
        TinyMinima.addBoth(first.library);
        first.phase.run().runCommand().execute();
        first.phase.scrubber().sliderPositionProperty().set(2);
        first.workspace.saveAs(dir.resolve("lab"));
        sweep = first.phase.shown().folderProperty().get();
        saved = dir.resolve("lab.phasescope");
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theSweepIsEmbeddedOnceWithoutTheResumeStateOfAFinishedSweep() {
        WorkspaceArchive.Contents contents = WorkspaceArchive.read(saved);

        assertThat(contents.state().version()).isEqualTo(2);
        String prefix = contents.state().phase().embedded();
        assertThat(prefix).isEqualTo("sweeps/" + sweep.getFileName() + "/");
        assertThat(contents.entries().keySet())
                .contains(prefix + "sweep.json", prefix + "points.csv")
                .anyMatch(name -> name.startsWith(prefix + "params/"))
                .noneMatch(name -> name.startsWith(prefix + "state/"));
    }

    @Test
    void aMovedWorkspaceOpensItsEmbeddedSweep() throws Exception {
        List<String> points = Files.readAllLines(sweep.resolve(SweepFolder.POINTS));
        delete(sweep);

        WorkspaceSession second = new WorkspaceSession(dir, prefs);
        second.workspace.open(saved);

        Path extracted = dir.resolve("sweeps/workspaces/lab").resolve(sweep.getFileName());
        assertThat(second.status.errorProperty().get())
                .as(second.status.messageProperty().get())
                .isFalse();
        assertThat(second.status.messageProperty().get()).contains("its sweep is in " + extracted);
        assertThat(second.phase.shown().folderProperty().get()).isEqualTo(extracted);
        assertThat(Files.readAllLines(extracted.resolve(SweepFolder.POINTS))).isEqualTo(points);
        assertThat(second.phase.scrubber().sliderPositionProperty().get()).isEqualTo(2.0);
        assertThat(second.library.models()).hasSize(2);

        WorkspaceSession third = new WorkspaceSession(dir, prefs);
        third.workspace.open(saved);
        assertThat(third.phase.shown().folderProperty().get())
                .as("the identical extraction is reused")
                .isEqualTo(extracted);
    }

    @Test
    void aChangedSweepFolderIsLeftAloneAndTheSavedCopyOpens() throws Exception {
        Files.writeString(
                sweep.resolve(SweepFolder.POINTS),
                "changed since\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        byte[] users = Files.readAllBytes(sweep.resolve(SweepFolder.POINTS));
        Path taken = dir.resolve("sweeps/workspaces/lab").resolve(sweep.getFileName());
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("notes.txt"), "someone else's folder");

        WorkspaceSession second = new WorkspaceSession(dir, prefs);
        second.workspace.open(saved);

        Path extracted = taken.resolveSibling(sweep.getFileName() + "-2");
        assertThat(second.phase.shown().folderProperty().get()).isEqualTo(extracted);
        assertThat(Files.readAllBytes(sweep.resolve(SweepFolder.POINTS))).isEqualTo(users);
        assertThat(Files.readString(taken.resolve("notes.txt"))).isEqualTo("someone else's folder");
        assertThat(SweepFolder.open(extracted).points()).hasSize(3);
    }

    @Test
    void anUnchangedSweepFolderOpensInPlace() {
        WorkspaceSession second = new WorkspaceSession(dir, prefs);
        second.workspace.open(saved);

        assertThat(second.phase.shown().folderProperty().get()).isEqualTo(sweep);
        assertThat(dir.resolve("sweeps/workspaces")).doesNotExist();
    }

    @Test
    void aVersion1FileOpensTheFolderItNames() {
        WorkspaceArchive.Contents contents = WorkspaceArchive.read(saved);
        WorkspaceState state = contents.state();
        WorkspaceState v1 = new WorkspaceState(
                state.format(),
                1,
                state.software(),
                state.models(),
                new WorkspaceState.Phase(sweep.toString(), "LAMBDA", 1),
                null);
        Map<String, byte[]> models = new LinkedHashMap<>(contents.entries());
        models.keySet().removeIf(name -> name.startsWith(EmbeddedSweep.ROOT));
        WorkspaceArchive.write(dir.resolve("v1.phasescope"), v1, models);

        WorkspaceSession second = new WorkspaceSession(dir, prefs);
        second.workspace.open(dir.resolve("v1.phasescope"));

        assertThat(second.status.errorProperty().get())
                .as(second.status.messageProperty().get())
                .isFalse();
        assertThat(second.phase.shown().folderProperty().get()).isEqualTo(sweep);
        assertThat(second.phase.scrubber().sliderPositionProperty().get()).isEqualTo(1.0);
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
