package io.phasescope.app.gui;

import io.phasescope.app.config.GuiConfig;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the window of a {@link Composition} in a stage, autosaves the session, and closes
 * the composition (cancelling any training or sweep) when the application stops. Not a main class: start it with
 * {@link GuiLauncher#launch}, or construct it with a {@link GuiConfig} in tests.
 */
public final class PhasescopeApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PhasescopeApp.class);

    private GuiConfig config;
    private Composition composition;

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
        composition = new Composition(config, Preferences.userRoot());
        composition.workspace().startAutosave();
        WindowBounds bounds = WindowBounds.within(Screen.getPrimary().getVisualBounds());
        Scene scene = composition.scene(bounds.width(), bounds.height());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.titleProperty().bind(composition.workspace().windowTitleProperty());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.setFullScreenExitHint("Presenter mode: F11 or Esc to leave");
        composition.main().presenterProperty().addListener((obs, was, on) -> stage.setFullScreen(on));
        stage.fullScreenProperty()
                .addListener((obs, was, full) ->
                        composition.main().presenterProperty().set(full));
        stage.show();
        LOG.info(
                "GUI started; MNIST from {}", config.dataFolder() == null ? "the download cache" : config.dataFolder());
    }

    @Override
    public void stop() {
        LOG.info("GUI stopping");
        if (composition != null) {
            composition.workspace().autosaveNow();
            composition.close();
        }
    }
}
