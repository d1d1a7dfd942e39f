package io.phasescope.app.gui;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.config.GuiPort;
import io.phasescope.app.config.ScreenshotRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;

/** Starts the desktop GUI ({@code ./phasescope} without arguments ends up here) or renders it to PNG. */
public final class GuiLauncher {

    private GuiLauncher() {}

    /** The GUI as the command line sees it. */
    public static GuiPort port() {
        return new GuiPort() {
            @Override
            public void launch(GuiConfig config) {
                GuiLauncher.launch(config);
            }

            @Override
            public void screenshot(GuiConfig config, ScreenshotRequest request, Duration timeout)
                    throws IOException, TimeoutException, InterruptedException {
                GuiLauncher.screenshot(config, request, timeout);
            }
        };
    }

    /**
     * Shows the main window and blocks until the GUI exits (window closed or File → Quit). Running jobs
     * are cancelled and every thread the GUI started has ended when this returns. Call at most once per JVM.
     */
    public static void launch(GuiConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must be given");
        }
        Application.launch(PhasescopeApp.class, config.toArguments().toArray(String[]::new));
    }

    /**
     * Renders one view of the window headless to PNG ({@link Screenshot#take}); the command line's other way into
     * the GUI. Call at most once per JVM, and not together with {@link #launch}.
     */
    public static void screenshot(GuiConfig config, ScreenshotRequest request, Duration timeout)
            throws IOException, TimeoutException, InterruptedException {
        Screenshot.take(config, request, timeout);
    }
}
