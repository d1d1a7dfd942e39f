package io.phasescope.app.gui.main;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.Controls;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.export.ExportDialog;
import io.phasescope.app.gui.export.ExportViewModel;
import io.phasescope.app.gui.training.TrainingView;
import io.phasescope.app.gui.training.TrainingViewModel;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window's content: menus and error banner on top, the Training view, the status bar below. */
public final class MainWindow extends BorderPane {

    /** Held so that the view model lives as long as the window: bidirectional bindings refer to it only weakly. */
    private final MainViewModel main;

    public MainWindow(MainViewModel main, TrainingViewModel training, ExportViewModel export, StatusModel status) {
        this.main = main;
        getStyleClass().add("main-window");
        TrainingView view = new TrainingView(training, main.themeProperty());
        ExportDialog exportDialog = new ExportDialog(export, view.charts());

        MenuItem exportItem = item("Export chart…", "Shortcut+E");
        exportItem.setId("exportMenuItem");
        exportItem.setOnAction(e -> exportDialog.show(getScene().getWindow()));
        Menu file = new Menu("File", null, exportItem, new SeparatorMenuItem(),
                bound("Shortcut+Q", main.quitCommand()));
        Menu run = new Menu("Run", null, bound("F5", training.trainCommand()),
                bound("F6", training.pauseResumeCommand()), bound("Shift+F5", training.stopCommand()));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeMenuItem");
        dark.setAccelerator(KeyCombination.valueOf("Shortcut+D"));
        dark.selectedProperty().bindBidirectional(main.darkThemeProperty());
        Menu viewMenu = new Menu("View", null, dark);
        MenuItem about = new MenuItem("About Phasescope");
        about.setOnAction(e -> about());
        Menu help = new Menu("Help", null, about);
        MenuBar menus = new MenuBar(file, run, viewMenu, help);

        setTop(new VBox(menus, new ErrorBanner(status)));
        setCenter(view);
        setBottom(new StatusBar(status));
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, MainViewModel.ABOUT);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("About Phasescope");
        alert.setHeaderText("Phasescope");
        alert.getDialogPane().setPrefWidth(520);
        alert.showAndWait();
    }

    private static MenuItem item(String text, String accelerator) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        return item;
    }

    private static MenuItem bound(String accelerator, Command command) {
        MenuItem item = Controls.bind(new MenuItem(), command);
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        return item;
    }
}
