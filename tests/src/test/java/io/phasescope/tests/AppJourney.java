package io.phasescope.tests;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.gui.PhasescopeApp;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frame of a headless TestFX journey: the whole app opened before each test with {@link #config()} and
 * closed after it, a robot, and reads of the UI on the FX thread.
 */
abstract class AppJourney {

    protected final FxRobot robot = new FxRobot();
    /** The test about to run, set before {@link #beforeStart()} and {@link #config()}, which may depend on it. */
    protected TestInfo test;

    private Application app;

    @BeforeAll
    static void largeEnoughHeadlessScreen() {
        // Monocle's headless screen is 1280×800 by default and fails on the 1400×900 window; the layout audit, which
        // may share the JVM (and so the screen), needs 1920×1080.
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    /** How the app starts; the download cache and the default folders unless a journey needs its own. */
    protected GuiConfig config() {
        return GuiConfig.defaults();
    }

    /** Runs before the app starts, e.g. to put files in the preferences it reads at start. */
    protected void beforeStart() throws Exception {}

    @BeforeEach
    void openTheApp(TestInfo test) throws Exception {
        this.test = test;
        beforeStart();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new PhasescopeApp(config()));
    }

    @AfterEach
    void closeTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Waits up to 20 s for an error dialog and returns its message. */
    protected String awaitErrorDialog() throws Exception {
        await(
                "an error dialog shows",
                20,
                () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        return onFx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText());
    }

    /** The text of the label or button {@code query} finds. */
    protected String text(String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /**
     * Waits up to {@code seconds} for {@code condition}; on timeout fails with {@code what} and the status line,
     * which says what the app was doing.
     */
    protected void await(String what, long seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    what + " within " + seconds + " s; the status line says '" + text("#statusMessage") + "'", e);
        }
    }

    /**
     * Scrolls the view around the node {@code query} finds to its end, where the scrubbers and path controls sit
     * below the charts, as a user scrolls to them in a window too small to show everything.
     */
    protected void scrollToEnd(String query) {
        robot.interact(() -> {
            for (javafx.scene.Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                    scroll.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code read} run on the FX thread, waited for up to 10 s. */
    protected static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
