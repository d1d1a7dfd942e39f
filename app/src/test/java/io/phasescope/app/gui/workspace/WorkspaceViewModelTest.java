package io.phasescope.app.gui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceState;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.render.curvature.SpectraAxis;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspaces without a screen: a session with two minima, a sweep and a path is saved, opened into a fresh
 * session and compared; damaged files change nothing.
 */
class WorkspaceViewModelTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("io/phasescope/test/" + System.nanoTime());

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void anAutosaveWaitsForTheLockOfItsFolderThatAnotherWindowHolds() throws Exception {
        WorkspaceSession session = new WorkspaceSession(dir, prefs);
        TinyMinima.addBoth(session.library);
        Path file = dir.resolve("autosaves").resolve("autosave.phasescope");
        var snapshot = session.workspace.capture();
        Files.createDirectories(file.getParent());
        try (var other = io.phasescope.model.io.FolderLock.acquire(file.getParent())) {
            assertThat(WorkspaceViewModel.writeAutosave(file, snapshot)).isFalse();
            assertThat(file).doesNotExist();
        }
        assertThat(WorkspaceViewModel.writeAutosave(file, snapshot)).isTrue();
        assertThat(file).exists();
    }

    @Test
    void saveWithoutAFileAsksForOneInsteadOfDoingNothing() throws Exception {
        WorkspaceSession session = new WorkspaceSession(dir, prefs);
        int before = session.workspace.saveAsRequestsProperty().get();

        session.workspace.saveCommand().execute();

        assertThat(session.workspace.saveAsRequestsProperty().get()).isEqualTo(before + 1);
        assertThat(session.status.messageProperty().get()).contains("choose where to save");
    }

    @Test
    void saveAndOpenRestoreModelsSweepSliderSettingsAndPaths() throws Exception {
        WorkspaceSession first = new WorkspaceSession(dir, prefs);
        assertThat(first.workspace.windowTitleProperty().get()).isEqualTo("Phasescope");
        first.landscape.settings().resolutionProperty().set(21);
        TinyMinima.addBoth(first.library);
        first.phase.run().runCommand().execute();
        first.phase.settings().unitProperty().set(LambdaUnit.BETA);
        first.phase.scrubber().sliderPositionProperty().set(1);
        first.landscape.settings().directionProperty().set(DirectionKind.TOWARD);
        first.landscape.settings().rangeProperty().set(0.75);
        first.landscape.paths().computePathCommand().execute();
        first.landscape.paths().tProperty().set(0.25);
        first.curvature.axisProperty().set(SpectraAxis.NORM);
        first.curvature.settings().top().setText("7");
        first.curvature.settings().traceProbes().setText("4");

        first.workspace.saveAs(dir.resolve("session"));

        Path saved = dir.resolve("session.phasescope");
        assertThat(first.workspace.fileProperty().get()).isEqualTo(saved);
        assertThat(first.workspace.windowTitleProperty().get())
                .isEqualTo("session.phasescope (" + dir.toAbsolutePath() + ") — Phasescope");
        assertThat(first.workspace.recentFiles())
                .containsExactly(saved.toAbsolutePath().normalize());
        WorkspaceSession second = new WorkspaceSession(dir, prefs);
        second.workspace.open(saved);

        assertThat(second.status.errorProperty().get())
                .as(second.status.messageProperty().get())
                .isFalse();
        assertThat(second.library.models()).extracting(LibraryModel::name).containsExactly("minimum 1", "minimum 2");
        assertThat(second.library.models().get(1).theta()).containsExactly(TinyMinima.minimum(1));
        assertThat(second.phase.shown().folderProperty().get())
                .isEqualTo(first.phase.shown().folderProperty().get());
        assertThat(second.phase.settings().unitProperty().get()).isEqualTo(LambdaUnit.BETA);
        assertThat(second.phase.scrubber().sliderPositionProperty().get()).isEqualTo(1.0);
        assertThat(second.phase.scrubber().branchProperty().get().branch())
                .as("an opened workspace shows the up branch")
                .isEqualTo(io.phasescope.model.sweep.SweepMode.Branch.UP);
        assertThat(second.workspace.sweepsShownProperty().get())
                .as("the window moves to the Phase diagram")
                .isOne();
        assertThat(second.landscape.settings().directionProperty().get()).isEqualTo(DirectionKind.TOWARD);
        assertThat(second.landscape.settings().rangeProperty().get()).isEqualTo(0.75);
        assertThat(second.landscape.settings().resolutionProperty().get()).isEqualTo(21);
        assertThat(second.landscape.settings().originProperty().get().name()).isEqualTo("minimum 1");
        assertThat(second.landscape.settings().modelBProperty().get().name()).isEqualTo("minimum 2");
        assertThat(second.landscape.paths().tProperty().get()).isEqualTo(0.25);
        assertThat(second.curvature.axisProperty().get()).isEqualTo(SpectraAxis.NORM);
        assertThat(second.curvature.settings().top().getValue()).isEqualTo(7);
        assertThat(second.curvature.settings().traceProbes().getValue()).isEqualTo(4);
        assertThat(second.curvature.automaticProperty().get()).as("as saved").isFalse();
        assertThat(second.landscape.slices().computeCommand().isExecutable()).isTrue();
        assertThat(second.landscape.slices().headlineProperty().get()).contains("21×21");
        assertThat(second.workspace.recentFiles())
                .containsExactly(saved.toAbsolutePath().normalize());
    }

    @Test
    void damagedTruncatedOrNewerFilesAreRefusedAndChangeNothing() throws Exception {
        WorkspaceSession session = new WorkspaceSession(dir, prefs);
        TinyMinima.addBoth(session.library);
        session.workspace.saveAs(dir.resolve("good"));
        byte[] good = Files.readAllBytes(dir.resolve("good.phasescope"));
        Files.write(dir.resolve("half.phasescope"), java.util.Arrays.copyOf(good, good.length / 2));
        Files.writeString(dir.resolve("text.phasescope"), "not a zip at all");
        WorkspaceArchive.write(
                dir.resolve("newer.phasescope"),
                new WorkspaceState(
                        WorkspaceState.FORMAT, WorkspaceState.VERSION + 1, "phasescope 9", List.of(), null, null),
                Map.of());

        for (String name : new String[] {"half", "text", "newer", "missing"}) {
            session.workspace.open(dir.resolve(name + ".phasescope"));

            assertThat(session.status.errorProperty().get()).as(name).isTrue();
            assertThat(session.workspace.openErrorProperty().get())
                    .as(name)
                    .startsWith("Cannot open")
                    .contains(name + ".phasescope");
            assertThat(session.library.models()).as(name).hasSize(2);
            session.workspace.acknowledgeError();
        }
        assertThat(session.status.messageProperty().get()).contains("is not a file");
        session.workspace.open(dir.resolve("newer.phasescope"));
        assertThat(session.workspace.openErrorProperty().get()).contains("saved by a newer Phasescope");
    }

    @Test
    void aSaveThatFailsHalfwayLeavesThePreviousFileIntact() throws Exception {
        WorkspaceSession session = new WorkspaceSession(dir, prefs);
        TinyMinima.addBoth(session.library);
        session.workspace.saveAs(dir.resolve("kept"));
        Path file = dir.resolve("kept.phasescope");
        byte[] before = Files.readAllBytes(file);
        Map<String, byte[]> failing = new AbstractMap<>() {
            @Override
            public Set<Entry<String, byte[]>> entrySet() {
                return new java.util.AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, byte[]>> iterator() {
                        return List.<Entry<String, byte[]>>of(Map.entry("models/0.bin", new byte[] {1, 2})).stream()
                                .map(e -> {
                                    if (e.getKey().startsWith("models")) {
                                        throw new IllegalStateException("the process died here");
                                    }
                                    return e;
                                })
                                .iterator();
                    }

                    @Override
                    public int size() {
                        return 1;
                    }
                };
            }
        };

        assertThatThrownBy(() -> WorkspaceArchive.write(
                        file,
                        new WorkspaceState(WorkspaceState.FORMAT, WorkspaceState.VERSION, "x", List.of(), null, null),
                        failing))
                .hasMessageContaining("died");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(WorkspaceArchive.read(file).state().models()).hasSize(2);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
        }
    }
}
