package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.workspace.DemoWorkspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./phasescope lab.phasescope} (and a double-click on the file once the package is installed): the app starts
 * with the workspace open; a damaged file shows the File → Open error dialog and the app starts empty.
 */
class StartWorkspaceJourneyTest extends AppJourney {

    @TempDir
    Path dir;

    /** The tests whose name starts so start with a file cut to a third of its length. */
    private static final String DAMAGED = "aDamaged";

    private Path file;

    @Override
    protected void beforeStart() throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        file = dir.resolve(name + ".phasescope");
        try (InputStream demo = DemoWorkspace.class.getResourceAsStream(DemoWorkspace.RESOURCE)) {
            Files.copy(demo, file);
        }
        if (name.startsWith(DAMAGED)) {
            byte[] whole = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(whole, whole.length / 3));
        }
    }

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, dir.resolve("sweeps")).withWorkspace(file);
    }

    @Test
    void theWorkspaceGivenAtStartIsOpen() throws Exception {
        await("the workspace opens", 40, () -> libraryModels() == 2 && ChartReads.metricsPoints(robot) > 0);

        assertThat(title()).startsWith(file.getFileName() + " (");
        assertThat(text("#sweepFolderLabel")).contains("demo-sweep");
    }

    @Test
    void aDamagedWorkspaceShowsTheOpenErrorAndTheAppStartsEmpty() throws Exception {
        String message = awaitErrorDialog();
        assertThat(message).contains(file.getFileName().toString());
        robot.clickOn("OK");

        assertThat(libraryModels()).isZero();
        assertThat(title()).isEqualTo("Phasescope");
    }

    private String title() throws Exception {
        return onFx(
                () -> ((Stage) robot.lookup("#statusMessage").query().getScene().getWindow()).getTitle());
    }

    /** How many models the Landscape view offers as θ₀: the library's. */
    @SuppressWarnings("unchecked")
    private long libraryModels() throws Exception {
        return onFx(
                () -> ((ChoiceBox<LibraryModel>) robot.lookup("#originChoice").query())
                        .getItems().stream().filter(m -> m != null).count());
    }
}
