package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.cluster.cli.ClusterMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A command that fails while it runs says why in one line, without a stack trace, and exits 1. */
class ClusterCliErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aFailureWhileRunningIsOneLineWithoutAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        StringWriter err = new StringWriter();
        CommandLine cli = ClusterMain.commandLine();
        cli.setErr(new PrintWriter(err));

        int code = cli.execute(
                "study",
                "--spec",
                TinyStudy.write(dir.resolve("tiny.json")).toString(),
                "--out",
                file.resolve("study").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("Error: ")
                .contains(file.toString())
                .doesNotContain("\tat ");
    }
}
