package io.phasescope.app.gui.main;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.LastFolder;
import io.phasescope.app.gui.workspace.WorkspaceViewModel;
import io.phasescope.app.workspace.WorkspaceArchive;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/**
 * The workspace items of the File menu — Open workspace…, Open recent, Save workspace, Save workspace as… — and
 * of the Help menu (Open demo workspace), and the dialog that reports a workspace that cannot be opened.
 */
final class WorkspaceMenu {

    private final WorkspaceViewModel workspace;
    private final Node owner;
    private final LastFolder lastFolder;

    WorkspaceMenu(WorkspaceViewModel workspace, Node owner, LastFolder lastFolder) {
        this.workspace = workspace;
        this.lastFolder = lastFolder;
        this.owner = owner;
        workspace.openErrorProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\nThe workspace that was open stays open.");
                alert.initOwner(owner.getScene().getWindow());
                alert.setTitle("Cannot open the workspace");
                alert.setHeaderText("This workspace cannot be opened");
                alert.getDialogPane().setPrefWidth(560);
                alert.show();
                workspace.acknowledgeError();
            }
        });
    }

    MenuItem open() {
        MenuItem item = item("Open workspace…", "Shortcut+Shift+O", "openWorkspaceMenuItem");
        item.setOnAction(e -> {
            File chosen = lastFolder.remember(chooser("Open a Phasescope workspace")
                    .showOpenDialog(owner.getScene().getWindow()));
            if (chosen != null) {
                workspace.open(chosen.toPath());
            }
        });
        return item;
    }

    Menu recent() {
        Menu menu = new Menu("Open recent");
        menu.setId("recentWorkspacesMenu");
        MenuItem placeholder = new MenuItem("(none yet)");
        placeholder.setDisable(true);
        menu.getItems().add(placeholder);
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (Path file : workspace.recentFiles()) {
                MenuItem entry = new MenuItem(file.toString());
                entry.setOnAction(a -> workspace.open(file));
                menu.getItems().add(entry);
            }
            if (Files.exists(workspace.autosaveFile())) {
                if (!menu.getItems().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                MenuItem autosave = new MenuItem("Autosave (" + workspace.autosaveFile() + ")");
                autosave.setOnAction(a -> workspace.open(workspace.autosaveFile()));
                menu.getItems().add(autosave);
            }
            if (menu.getItems().isEmpty()) {
                menu.getItems().add(placeholder);
            }
        });
        return menu;
    }

    /** Help → Open demo workspace. */
    MenuItem openDemo() {
        MenuItem item = Controls.bind(new MenuItem(), workspace.openDemoCommand());
        item.setId("openDemoMenuItem");
        return item;
    }

    MenuItem save() {
        MenuItem item = Controls.bind(new MenuItem(), workspace.saveCommand());
        item.setAccelerator(KeyCombination.valueOf("Shortcut+S"));
        item.setId("saveWorkspaceMenuItem");
        return item;
    }

    MenuItem saveAs() {
        MenuItem item = item("Save workspace as…", "Shortcut+Shift+S", "saveWorkspaceAsMenuItem");
        item.setOnAction(e -> askAndSave());
        workspace.saveAsRequestsProperty().addListener((o, old, now) -> askAndSave());
        return item;
    }

    private void askAndSave() {
        File chosen = lastFolder.remember(
                chooser("Save the workspace").showSaveDialog(owner.getScene().getWindow()));
        if (chosen != null) {
            workspace.saveAs(chosen.toPath());
        }
    }

    private FileChooser chooser(String title) {
        Path current = workspace.fileProperty().get();
        FileChooser chooser = lastFolder.start(
                new FileChooser(),
                current == null ? null : current.toAbsolutePath().getParent());
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Phasescope workspace", "*" + WorkspaceArchive.EXTENSION));
        return chooser;
    }

    private static MenuItem item(String text, String accelerator, String id) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        item.setId(id);
        return item;
    }
}
