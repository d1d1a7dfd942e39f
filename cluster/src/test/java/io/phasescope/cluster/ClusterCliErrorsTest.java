package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that fails while it runs says why in one line, without a stack trace, and exits 1. */
class ClusterCliErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aFailureWhileRunningIsOneLineWithoutAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        String spec = TinyStudy.write(dir.resolve("tiny.json")).toString();

        String err = StudyCli.fails(
                1, "study", "--spec", spec, "--out", file.resolve("study").toString());

        assertThat(err).startsWith("Error: ").contains(file.toString()).doesNotContain("\tat ");
    }
}
