package io.phasescope.app;

import io.phasescope.app.cli.PhasescopeCommand;

/**
 * The process entry point. Kept apart from the JavaFX {@code Application} subclass so that JavaFX can
 * start from the class path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(PhasescopeCommand.commandLine().execute(args));
    }
}
