package io.phasescope.tests;

import io.phasescope.app.cli.PhasescopeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code phasescope} commands in this JVM, collecting what they print. */
final class CliRunner {

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    /** Runs the command line {@code args} and returns its exit code. */
    int run(String... args) {
        CommandLine commandLine = PhasescopeCommand.commandLine();
        commandLine.setOut(new PrintWriter(stdout, true));
        commandLine.setErr(new PrintWriter(stderr, true));
        return commandLine.execute(args);
    }

    /** Everything printed to standard output so far. */
    String out() {
        return stdout.toString();
    }

    /** Everything printed to standard error so far. */
    String err() {
        return stderr.toString();
    }
}
