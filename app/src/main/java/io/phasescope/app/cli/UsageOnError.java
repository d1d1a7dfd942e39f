package io.phasescope.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Prints the error and the failing command's usage to standard error; exit code 2. */
final class UsageOnError implements CommandLine.IParameterExceptionHandler {

    static final int USAGE_EXIT_CODE = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("Error: " + e.getMessage());
        command.usage(err);
        return USAGE_EXIT_CODE;
    }
}
