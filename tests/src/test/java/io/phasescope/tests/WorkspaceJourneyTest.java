package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.workspace.DemoWorkspace;
import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceException;
import io.phasescope.app.workspace.WorkspaceState;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspaces through the real menus, headless: a copy of the demo workspace opened from File → Open recent, the
 * λ slider and the landscape's range slider moved, saved with Ctrl+S, moved again, and reopened — the same
 * models, sweep points and slider positions come back; a corrupt file opened the same way shows an error dialog
 * and leaves the open workspace as it was.
 */
class WorkspaceJourneyTest extends AppJourney {

    /** The preferences node of the app's recent workspaces (Composition.RECENT_NODE). */
    private static final String RECENT = "io/phasescope/app/recent-workspaces";

    @TempDir
    Path dir;

    private Path lab;
    private Path broken;

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, dir.resolve("sweeps"));
    }

    @Override
    protected void beforeStart() throws Exception {
        lab = dir.resolve("lab.phasescope");
        try (InputStream demo = DemoWorkspace.class.getResourceAsStream(DemoWorkspace.RESOURCE)) {
            Files.copy(demo, lab);
        }
        byte[] whole = Files.readAllBytes(lab);
        // a long name, so that the error banner's message is wider than the window
        broken = dir.resolve("broken-" + "notes-of-a-long-afternoon-".repeat(4) + ".phasescope");
        Files.write(broken, Arrays.copyOf(whole, whole.length / 3));
        Preferences recent = Preferences.userRoot().node(RECENT);
        recent.clear();
        recent.put("file0", lab.toString());
        recent.put("file1", broken.toString());
    }

    @Test
    void saveAndReopenRestoreModelsPointsAndSliders() throws Exception {
        openRecent(lab);
        awaitOpened();
        List<String> models = libraryNames();
        int points = ChartReads.metricsPoints(robot);
        assertThat(models).hasSize(2);
        assertThat(points).as("the up branch").isEqualTo(64);
        assertThat(onFx(() -> ((Stage) robot.lookup("#statusMessage")
                                .query()
                                .getScene()
                                .getWindow())
                        .getTitle()))
                .as("the window names the file Ctrl+S writes")
                .startsWith("lab.phasescope (");

        Slider lambda = robot.lookup("#sweepLambdaSlider").queryAs(Slider.class);
        robot.clickOn("Phase diagram");
        robot.interact(() -> lambda.setValue(30));
        robot.clickOn("Landscape");
        Slider range = robot.lookup("#rangeSlider").queryAs(Slider.class);
        robot.interact(() -> range.setValue(0.5));
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        // The file, not the status line: a landscape slice that ends after the save replaces the status message.
        await(
                "the workspace is saved with the moved sliders",
                60,
                () -> savedSliders(lab).equals(List.of(30.0, 0.5)));

        robot.interact(() -> {
            range.setValue(1.5);
            lambda.setValue(10);
        });
        openRecent(lab);
        await("the saved sliders come back", 30, () -> onFx(() -> lambda.getValue() == 30 && range.getValue() == 0.5));

        assertThat(libraryNames()).isEqualTo(models);
        assertThat(ChartReads.metricsPoints(robot)).isEqualTo(points);
        robot.clickOn("Phase diagram");
    }

    @Test
    void aCorruptFileShowsAnErrorAndKeepsTheOpenWorkspace() throws Exception {
        openRecent(lab);
        awaitOpened();
        int points = ChartReads.metricsPoints(robot);

        openRecent(broken);
        String message = awaitErrorDialog();
        assertThat(message).contains(broken.getFileName().toString()).contains("stays open");
        robot.clickOn("OK");
        Button dismiss = robot.lookup("#dismissErrorButton").queryButton();
        assertThat(onFx(() -> dismiss.getWidth() >= dismiss.prefWidth(-1) - 0.5))
                .as("a long error message leaves the Dismiss button its whole text")
                .isTrue();

        assertThat(libraryNames()).hasSize(2);
        assertThat(ChartReads.metricsPoints(robot)).isEqualTo(points);
        assertThat(text("#sweepFolderLabel")).contains("demo-sweep");
    }

    /** The λ slider and the landscape range stored in workspace {@code file}; empty while it cannot be read. */
    private static List<Double> savedSliders(Path file) {
        try {
            WorkspaceState state = WorkspaceArchive.read(file).state();
            return state.landscape() == null
                    ? List.of()
                    : List.of(state.phase().slider(), state.landscape().range());
        } catch (WorkspaceException e) {
            return List.of();
        }
    }

    private void openRecent(Path file) {
        robot.clickOn("File");
        robot.clickOn("#recentWorkspacesMenu");
        robot.clickOn(file.toAbsolutePath().normalize().toString());
    }

    private void awaitOpened() throws Exception {
        await("the workspace opens", 40, () -> libraryNames().size() == 2 && ChartReads.metricsPoints(robot) > 0);
    }

    /** The models offered as θ₀ in the Landscape view: the library. */
    @SuppressWarnings("unchecked")
    private List<String> libraryNames() throws Exception {
        return onFx(
                () -> ((ChoiceBox<LibraryModel>) robot.lookup("#originChoice").query())
                        .getItems().stream()
                                .filter(m -> m != null)
                                .map(LibraryModel::name)
                                .toList());
    }
}
