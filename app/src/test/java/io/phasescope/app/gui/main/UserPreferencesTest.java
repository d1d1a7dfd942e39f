package io.phasescope.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.DirectoryChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("io/phasescope/test/prefs-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @TempDir
    Path chosen;

    @Test
    void theThemeUnitAndLastFolderChosenInOneRunAreThereInTheNext() throws Exception {
        SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
        SimpleObjectProperty<LambdaUnit> unit = new SimpleObjectProperty<>(LambdaUnit.LAMBDA);
        LastFolder folder = new LastFolder();
        new UserPreferences(node).keep(dark, unit, folder.folderProperty());
        dark.set(true);
        unit.set(LambdaUnit.BETA);
        Path file = Files.writeString(chosen.resolve("figure.png"), "");
        folder.remember(file.toFile());
        assertThat(folder.folderProperty().get())
                .as("a file's folder is remembered")
                .isEqualTo(chosen);

        SimpleBooleanProperty nextDark = new SimpleBooleanProperty(false);
        SimpleObjectProperty<LambdaUnit> nextUnit = new SimpleObjectProperty<>(LambdaUnit.LAMBDA);
        LastFolder nextFolder = new LastFolder();
        new UserPreferences(node).keep(nextDark, nextUnit, nextFolder.folderProperty());

        assertThat(nextDark.get()).isTrue();
        assertThat(nextUnit.get()).isEqualTo(LambdaUnit.BETA);
        assertThat(nextFolder.folderProperty().get()).isEqualTo(chosen);
        assertThat(nextFolder.start(new DirectoryChooser(), null).getInitialDirectory())
                .isEqualTo(chosen.toFile());
        node.put(UserPreferences.UNIT, "PARSECS");
        new UserPreferences(node).keep(nextDark, nextUnit, nextFolder.folderProperty());
        assertThat(nextUnit.get()).as("a damaged value falls back").isEqualTo(LambdaUnit.BETA);
    }

    @Test
    void aFolderThatIsGoneFallsBackAndACancelChangesNothing() throws Exception {
        LastFolder folder = new LastFolder();
        folder.folderProperty().set(chosen.resolve("deleted"));
        Path sweeps = Files.createDirectory(chosen.resolve("sweeps"));

        assertThat(folder.start(new DirectoryChooser(), sweeps).getInitialDirectory())
                .isEqualTo(sweeps.toFile());
        assertThat(folder.remember(null)).isNull();
        assertThat(folder.folderProperty().get()).isEqualTo(chosen.resolve("deleted"));
    }
}
