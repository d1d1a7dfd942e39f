package io.phasescope.app.gui;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.common.Theme;
import io.phasescope.app.gui.curvature.CurvatureViewModel;
import io.phasescope.app.gui.export.ExportViewModel;
import io.phasescope.app.gui.landscape.LandscapeViewModel;
import io.phasescope.app.gui.lesson.LessonViewModel;
import io.phasescope.app.gui.library.LibraryViewModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.main.MainViewModel;
import io.phasescope.app.gui.main.MainWindow;
import io.phasescope.app.gui.main.UserPreferences;
import io.phasescope.app.gui.phase.KeepModelViewModel;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.task.FxTaskExecutor;
import io.phasescope.app.gui.task.JobState;
import io.phasescope.app.gui.training.TrainingViewModel;
import io.phasescope.app.gui.workspace.RecentFiles;
import io.phasescope.app.gui.workspace.WorkspaceViewModel;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: creates the executor, the view models and the main window, and shuts the
 * executor down (cancelling any training or sweep) when the application stops. Not a main class: start it with
 * {@link GuiLauncher#launch}, or construct it with a {@link GuiConfig} in tests.
 */
public final class PhasescopeApp extends Application {

    /** Initial window width, the size the layout is designed for. */
    public static final double WIDTH = 1400;
    /** Initial window height. */
    public static final double HEIGHT = 900;

    private static final Logger LOG = LoggerFactory.getLogger(PhasescopeApp.class);

    /** The preferences node of the settings kept between runs. */
    static final String PREFERENCES_NODE = "io/phasescope/app";
    /** The preferences node of the recent workspaces. */
    static final String RECENT_NODE = "io/phasescope/app/recent-workspaces";
    /** The autosave file, beside the sweeps folder. */
    static final String AUTOSAVE_FILE = "autosave.phasescope";

    private GuiConfig config;
    private FxTaskExecutor executor;
    private WorkspaceViewModel workspace;

    /** For {@link Application#launch}: the configuration comes from the application parameters. */
    public PhasescopeApp() {}

    /** With an explicit configuration, for tests. */
    public PhasescopeApp(GuiConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must be given");
        }
        this.config = config;
    }

    @Override
    public void init() {
        if (config == null) {
            config = GuiConfig.fromNamedArguments(getParameters().getNamed());
        }
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        StatusModel status = new StatusModel();
        TrainingViewModel training = new TrainingViewModel(config.dataFolder(), executor, status);
        PhaseViewModel phase = new PhaseViewModel(config.dataFolder(), config.sweepsRoot(), executor, status);
        MainViewModel main = new MainViewModel(Platform::exit);
        ExportViewModel export = new ExportViewModel(executor, status);
        ModelLibrary models = new ModelLibrary();
        training.trainedModelProperty()
                .addListener((obs, old, model) ->
                        models.add(model.name(), model.origin(), model.spec(), model.theta(), model.dataset()));
        LibraryViewModel library = new LibraryViewModel(models, config.dataFolder(), executor, status);
        LandscapeViewModel landscape =
                new LandscapeViewModel(models, config.dataFolder(), config.sweepsRoot(), executor, status);
        if (!config.models().isEmpty()) {
            library.loadAll(config.models());
        }

        new UserPreferences(Preferences.userRoot().node(PREFERENCES_NODE))
                .keep(
                        main.darkThemeProperty(),
                        phase.settings().unitProperty(),
                        main.lastFolder().folderProperty());
        KeepModelViewModel keep = new KeepModelViewModel(phase, models, executor, status);
        CurvatureViewModel curvature = new CurvatureViewModel(
                phase.shown().folderProperty(),
                phase.shown().analysisProperty(),
                phase.settings().unitProperty(),
                executor,
                status);
        phase.shown().spectraProperty().bind(curvature.rowsProperty());
        curvature
                .sweepTrainingProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> phase.run().stateProperty().get() == JobState.TRAINING
                                || phase.run().stateProperty().get() == JobState.LOADING,
                        phase.run().stateProperty()));
        workspace = new WorkspaceViewModel(
                models,
                phase,
                landscape,
                curvature,
                new RecentFiles(Preferences.userRoot().node(RECENT_NODE)),
                config.sweepsRoot().resolveSibling(AUTOSAVE_FILE),
                executor,
                status);
        workspace.startAutosave();

        Scene scene = new Scene(
                new MainWindow(
                        main,
                        training,
                        phase,
                        keep,
                        landscape,
                        library,
                        workspace,
                        curvature,
                        new LessonViewModel(workspace.openDemoCommand(), workspace.emptyProperty()),
                        export,
                        status),
                WIDTH,
                HEIGHT);
        applyTheme(scene, main.themeProperty().get());
        main.themeProperty().addListener((obs, old, theme) -> applyTheme(scene, theme));
        stage.setTitle("Phasescope");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.setFullScreenExitHint("Presenter mode: F11 or Esc to leave");
        main.presenterProperty().addListener((obs, was, on) -> stage.setFullScreen(on));
        stage.fullScreenProperty()
                .addListener((obs, was, full) -> main.presenterProperty().set(full));
        stage.show();
        LOG.info(
                "GUI started; MNIST from {}", config.dataFolder() == null ? "the download cache" : config.dataFolder());
    }

    @Override
    public void stop() {
        LOG.info("GUI stopping");
        if (workspace != null) {
            workspace.autosaveNow();
        }
        if (executor != null) {
            executor.close();
        }
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }
}
