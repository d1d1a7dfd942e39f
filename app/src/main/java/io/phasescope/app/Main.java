package io.phasescope.app;

import io.phasescope.app.cli.PhasescopeCommand;
import io.phasescope.app.gui.GuiLauncher;

/**
 * The process entry point. Kept apart from the JavaFX {@code Application} subclass so that JavaFX can
 * start from the class path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(PhasescopeCommand.commandLine(GuiLauncher.port()).execute(args));
    }
}
