package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.cluster.cli.ClusterMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The cluster module's command line in the test's JVM. */
final class StudyCli {

    private StudyCli() {}

    /** Runs {@code args}, expecting exit code {@code exit}; returns what the command printed to standard error. */
    static String fails(int exit, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ClusterMain.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as("exit code; stderr: %s", err).isEqualTo(exit);
        return err.toString();
    }

    /** Runs {@code args}, expecting exit code 0; returns what the command printed. */
    static String run(String... args) {
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ClusterMain.commandLine();
        cli.setOut(new PrintWriter(text));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(code).as("exit code; stderr: %s; stdout: %s", err, text).isZero();
        return text.toString();
    }
}
