package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A finished run of {@code ./phasescope} or of the packaged app, for {@link LauncherTest} and {@link PackageTest}.
 *
 * @param exit the exit code
 * @param stdout what it printed on standard output
 * @param stderr what it printed on standard error
 */
record LauncherRun(int exit, String stdout, String stderr) {

    /** The repository's {@code ./phasescope} (the tests run in {@code tests/}). */
    static final Path LAUNCHER = Path.of("..", "phasescope").toAbsolutePath().normalize();

    /**
     * The arguments of a one-epoch {@code train} into {@code out} on subsets that fit in the bundled classroom MNIST
     * (1000 train, 200 test images), which it uses offline.
     */
    static List<String> trainOnAClassroomSizedSubset(Path out) {
        return List.of("train", "--subset", "1000", "--test-subset", "200", "--epochs", "1", "--out", out.toString());
    }

    /** Runs {@code builder}'s command, its output in files in {@code dir}, and waits up to {@code seconds} for it. */
    static LauncherRun of(ProcessBuilder builder, Path dir, long seconds) throws Exception {
        Path out = Files.createTempFile(dir, "stdout-", ".txt");
        Path err = Files.createTempFile(dir, "stderr-", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS))
                .as(builder.command() + " finished")
                .isTrue();
        return new LauncherRun(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Standard output, then standard error. */
    String output() {
        return stdout + stderr;
    }
}
