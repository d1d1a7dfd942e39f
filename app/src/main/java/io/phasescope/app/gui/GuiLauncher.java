package io.phasescope.app.gui;

import io.phasescope.app.config.GuiConfig;
import javafx.application.Application;

/** Starts the desktop GUI; {@code ./phasescope} without arguments ends up here. */
public final class GuiLauncher {

    private GuiLauncher() {}

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
}
