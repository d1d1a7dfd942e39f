package io.phasescope.app;

import io.phasescope.app.cli.PhasescopeCommand;
import io.phasescope.app.gui.GuiLauncher;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The process entry point. Kept apart from the JavaFX {@code Application} subclass so that JavaFX can
 * start from the class path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // java.util.logging (JavaFX, java.util.prefs) through SLF4J: the terminal shows only its warnings
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // an exception nobody caught (say, in a JavaFX event handler) goes to the log file, one line to the terminal
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LoggerFactory.getLogger(Main.class).error("Uncaught exception in thread {}", thread.getName(), error));
        System.exit(PhasescopeCommand.commandLine(GuiLauncher.port()).execute(args));
    }
}
