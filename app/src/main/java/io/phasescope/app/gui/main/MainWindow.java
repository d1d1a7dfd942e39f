package io.phasescope.app.gui.main;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.curvature.CurvatureView;
import io.phasescope.app.gui.curvature.CurvatureViewModel;
import io.phasescope.app.gui.export.ExportDialog;
import io.phasescope.app.gui.export.ExportViewModel;
import io.phasescope.app.gui.landscape.LandscapeView;
import io.phasescope.app.gui.landscape.LandscapeViewModel;
import io.phasescope.app.gui.lesson.LessonViewModel;
import io.phasescope.app.gui.library.LibraryViewModel;
import io.phasescope.app.gui.phase.KeepModelViewModel;
import io.phasescope.app.gui.phase.PhaseView;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.study.StudyView;
import io.phasescope.app.gui.study.StudyViewModel;
import io.phasescope.app.gui.training.TrainingView;
import io.phasescope.app.gui.training.TrainingViewModel;
import io.phasescope.app.gui.workspace.WorkspaceViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menus and error banner on top, the Training, Phase-diagram, Landscape and Curvature
 * views as tabs, the status bar below.
 */
public final class MainWindow extends BorderPane {

    /** Held so that the view model lives as long as the window: bidirectional bindings refer to it only weakly. */
    private final MainViewModel main;
    /** Held for the same reason: the lesson menu item's binding and the dock's listeners do not keep it alive. */
    private final LessonViewModel lesson;

    /** Held for the same reason: the study window's bindings refer to it only weakly. */
    private final StudyViewModel study;

    private final StudyView studyView;
    private final Path studyRoot;

    private static final PseudoClass SETTINGS_HIDDEN = PseudoClass.getPseudoClass("settings-hidden");

    public MainWindow(
            MainViewModel main,
            TrainingViewModel training,
            PhaseViewModel phase,
            KeepModelViewModel keep,
            LandscapeViewModel landscape,
            LibraryViewModel library,
            WorkspaceViewModel workspace,
            CurvatureViewModel curvature,
            LessonViewModel lesson,
            ExportViewModel export,
            StatusModel status,
            AboutViewModel about,
            StudyViewModel study) {
        this.main = main;
        this.lesson = lesson;
        this.study = study;
        getStyleClass().add("main-window");
        // :settings-hidden collapses every view's sidebar (base.css), leaving the charts the whole width
        pseudoClassStateChanged(SETTINGS_HIDDEN, !main.settingsShownProperty().get());
        main.settingsShownProperty().addListener((obs, was, shown) -> pseudoClassStateChanged(SETTINGS_HIDDEN, !shown));
        TrainingView view = new TrainingView(training, main.themeProperty());
        PhaseView phaseView = new PhaseView(phase, keep, main.themeProperty(), main.lastFolder());
        Tab trainingTab = tab("Training", "trainingTab", view);
        Tab phaseTab = tab("Phase diagram", "phaseTab", phaseView);
        LandscapeView landscapeView = new LandscapeView(landscape, library, main.themeProperty(), main.lastFolder());
        Tab landscapeTab = tab("Landscape", "landscapeTab", landscapeView);
        landscape.slices().activeProperty().bind(landscapeTab.selectedProperty());
        CurvatureView curvatureView = new CurvatureView(curvature, main.themeProperty());
        Tab curvatureTab = tab("Curvature", "curvatureTab", curvatureView);
        curvature.activeProperty().bind(curvatureTab.selectedProperty());
        TabPane tabs = new TabPane(trainingTab, phaseTab, landscapeTab, curvatureTab);
        tabs.setId("mainTabs");
        tabs.getStyleClass().add("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        export.screenThemeProperty()
                .bind(Bindings.createObjectBinding(
                        () -> main.themeProperty().get().chartTheme(), main.themeProperty()));
        ExportDialog exportDialog = new ExportDialog(export, view.charts(), main.lastFolder());
        ExportDialog phaseExportDialog = new ExportDialog(export, phaseView.charts(), main.lastFolder());
        ExportDialog landscapeExportDialog = new ExportDialog(export, landscapeView.charts(), main.lastFolder());
        ExportDialog curvatureExportDialog = new ExportDialog(export, curvatureView.charts(), main.lastFolder());

        MenuItem exportItem = item("Export chart…", "Shortcut+E");
        exportItem.setId("exportMenuItem");
        exportItem.setOnAction(e -> (phaseTab.isSelected()
                        ? phaseExportDialog
                        : landscapeTab.isSelected()
                                ? landscapeExportDialog
                                : curvatureTab.isSelected() ? curvatureExportDialog : exportDialog)
                .show(getScene().getWindow()));
        MenuItem openSweep = item("Open sweep folder…", "Shortcut+O");
        openSweep.setId("openSweepMenuItem");
        openSweep.disableProperty().bind(Bindings.not(phase.canOpenProperty()));
        openSweep.setOnAction(e -> {
            tabs.getSelectionModel().select(phaseTab);
            phaseView.chooseFolder();
        });
        MenuItem addSweep = new MenuItem("Add sweep folder…");
        addSweep.setId("addSweepMenuItem");
        addSweep.disableProperty()
                .bind(Bindings.not(phase.canOpenProperty())
                        .or(phase.shown().folderProperty().isNull()));
        addSweep.setOnAction(e -> {
            tabs.getSelectionModel().select(phaseTab);
            phaseView.addFolder();
        });
        studyView = new StudyView(study, () -> tabs.getSelectionModel().select(phaseTab));
        studyRoot = phase.run().sweepsRoot();
        MenuItem openStudy = new MenuItem("Open study…");
        openStudy.setId("openStudyMenuItem");
        openStudy.setOnAction(e -> main.lastFolder()
                .chooseFolder(getScene().getWindow(), "Open a study folder (with study.json)", studyRoot)
                .ifPresent(this::openStudy));
        WorkspaceMenu workspaceMenu = new WorkspaceMenu(workspace, this, main.lastFolder());
        // an opened workspace shows its sweep, unless the lesson leads and chose the view itself
        workspace.sweepsShownProperty().addListener((obs, old, now) -> {
            if (!lesson.openProperty().get()) {
                tabs.getSelectionModel().select(phaseTab);
            }
        });
        Menu file = new Menu(
                "File",
                null,
                workspaceMenu.open(),
                workspaceMenu.recent(),
                workspaceMenu.save(),
                workspaceMenu.saveAs(),
                new SeparatorMenuItem(),
                openSweep,
                addSweep,
                openStudy,
                exportItem,
                new SeparatorMenuItem(),
                bound("Shortcut+Q", main.quitCommand()));
        MenuItem runSweep = bound("F7", phase.run().runCommand());
        runSweep.setId("runSweepMenuItem");
        runSweep.setOnAction(e -> {
            tabs.getSelectionModel().select(phaseTab);
            phase.run().runCommand().execute();
        });
        Menu run = new Menu(
                "Run",
                null,
                bound("F5", training.trainCommand()),
                bound("F6", training.pauseResumeCommand()),
                bound("Shift+F5", training.stopCommand()),
                new SeparatorMenuItem(),
                runSweep,
                sweepItem("F8", phase.run().pauseResumeCommand()),
                sweepItem("Shift+F7", phase.cancelCommand()));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeMenuItem");
        dark.setAccelerator(KeyCombination.valueOf("Shortcut+D"));
        dark.selectedProperty().bindBidirectional(main.darkThemeProperty());
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode");
        presenter.setId("presenterMenuItem");
        presenter.setAccelerator(KeyCombination.valueOf("F11"));
        presenter.selectedProperty().bindBidirectional(main.presenterProperty());
        CheckMenuItem settings = new CheckMenuItem("Settings");
        settings.setId("settingsMenuItem");
        settings.setAccelerator(KeyCombination.valueOf("Shortcut+B"));
        settings.selectedProperty().bindBidirectional(main.settingsShownProperty());
        Menu viewMenu = new Menu("View", null, dark, presenter, settings);
        MenuItem aboutItem = new MenuItem("About Phasescope");
        aboutItem.setId("aboutMenuItem");
        aboutItem.setOnAction(e -> about(about));
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setId("shortcutsMenuItem");
        shortcuts.setOnAction(
                e -> information("Keyboard shortcuts", "Keyboard shortcuts", MainViewModel.SHORTCUTS, 640));
        Menu help = new Menu(
                "Help", null, LessonDock.attach(this, tabs, lesson), workspaceMenu.openDemo(), shortcuts, aboutItem);
        MenuBar menus = new MenuBar(file, run, viewMenu, help);

        setTop(new VBox(menus, new ErrorBanner(status, workspace.openDemoCommand())));
        setCenter(tabs);
        setBottom(new StatusBar(status));
    }

    /** Shows the study window with the study in {@code root} (File → Open study… after its folder chooser). */
    public void openStudy(Path root) {
        studyView.show(getScene().getWindow());
        study.open(root);
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private void about(AboutViewModel about) {
        about.refresh();
        Label details = new Label();
        details.setId("aboutDetails");
        details.setWrapText(true);
        details.textProperty().bind(about.detailsProperty());
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("About Phasescope");
        alert.setHeaderText("Phasescope");
        Label description = new Label(about.description());
        description.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(12, description, details));
        alert.getDialogPane().setPrefWidth(640);
        alert.showAndWait();
    }

    private void information(String title, String header, String text, double width) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setPrefWidth(width);
        alert.showAndWait();
    }

    private static MenuItem item(String text, String accelerator) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        return item;
    }

    /** A menu item for a sweep command, its label ending in "sweep" so that it is told apart from training's. */
    private static MenuItem sweepItem(String accelerator, Command command) {
        MenuItem item = bound(accelerator, command);
        item.textProperty().bind(Bindings.concat(command.labelProperty(), " sweep"));
        return item;
    }

    private static MenuItem bound(String accelerator, Command command) {
        MenuItem item = Controls.bind(new MenuItem(), command);
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        return item;
    }
}
