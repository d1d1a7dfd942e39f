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
import io.phasescope.app.gui.main.AboutViewModel;
import io.phasescope.app.gui.main.MainViewModel;
import io.phasescope.app.gui.main.MainWindow;
import io.phasescope.app.gui.main.UserPreferences;
import io.phasescope.app.gui.phase.KeepModelViewModel;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.study.StudyViewModel;
import io.phasescope.app.gui.task.FxTaskExecutor;
import io.phasescope.app.gui.training.TrainingViewModel;
import io.phasescope.app.gui.workspace.RecentFiles;
import io.phasescope.app.gui.workspace.WorkspaceViewModel;
import io.phasescope.app.task.JobState;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;

/**
 * The composition root: the executor, every view model wired together, and the {@link MainWindow} over them. The
 * app ({@link PhasescopeApp}) and the headless screenshot ({@link Screenshot}) build the same window from it.
 * Create and use it on the FX thread; {@link #close()} cancels running work and stops the executor's threads.
 */
public final class Composition implements AutoCloseable {

    /** The preferences node of the settings kept between runs, under the given root. */
    static final String PREFERENCES_NODE = "io/phasescope/app";
    /** The preferences node of the recent workspaces, under the given root. */
    static final String RECENT_NODE = "io/phasescope/app/recent-workspaces";
    /** The autosave file, beside the sweeps folder. */
    static final String AUTOSAVE_FILE = "autosave.phasescope";

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final MainViewModel main;
    private final WorkspaceViewModel workspace;
    private final LessonViewModel lesson;
    private final MainWindow window;

    /**
     * @param config data, sweeps folder, models to load and the workspace to open
     * @param preferences the root under which the theme, unit, last folder and recent files are kept; the app passes
     *     the user's root, the screenshot a scratch node
     */
    public Composition(GuiConfig config, Preferences preferences) {
        if (config == null || preferences == null) {
            throw new IllegalArgumentException("config and preferences must be given");
        }
        StatusModel status = new StatusModel();
        TrainingViewModel training = new TrainingViewModel(config.dataFolder(), executor, status);
        PhaseViewModel phase = new PhaseViewModel(config.dataFolder(), config.sweepsRoot(), executor, status);
        main = new MainViewModel(Platform::exit);
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
        new UserPreferences(preferences.node(PREFERENCES_NODE))
                .keep(
                        main.darkThemeProperty(),
                        phase.settings().unitProperty(),
                        main.lastFolder().folderProperty());
        KeepModelViewModel keep = new KeepModelViewModel(phase, models, executor, status);
        CurvatureViewModel curvature = new CurvatureViewModel(
                phase.shown().folderProperty(),
                // the Curvature view shows the spectra of the folder shown: its own walks' transitions
                Bindings.createObjectBinding(
                        () -> phase.shown().shownFolderAnalysis(), phase.shown().analysisProperty()),
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
                new RecentFiles(preferences.node(RECENT_NODE)),
                config.sweepsRoot().resolveSibling(AUTOSAVE_FILE),
                executor,
                status);
        if (config.workspace() != null) {
            workspace.open(config.workspace());
        }
        lesson = new LessonViewModel(workspace.openDemoCommand(), workspace.emptyProperty());
        window = new MainWindow(
                main,
                training,
                phase,
                keep,
                landscape,
                library,
                workspace,
                curvature,
                lesson,
                export,
                status,
                new AboutViewModel(config.dataFolder(), executor),
                new StudyViewModel(phase, executor, status));
    }

    /** Puts the window in a scene of {@code width} × {@code height} px whose stylesheets follow the theme. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(window, width, height);
        applyTheme(scene, main.themeProperty().get());
        main.themeProperty().addListener((obs, old, theme) -> applyTheme(scene, theme));
        return scene;
    }

    public MainWindow window() {
        return window;
    }

    public MainViewModel main() {
        return main;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public LessonViewModel lesson() {
        return lesson;
    }

    /** Whether no background task is running (a pending debounce or throttle may still start one). */
    public boolean idle() {
        return executor.idle();
    }

    @Override
    public void close() {
        executor.close();
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }
}
