package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults at run time reach the user as one clear line and exit code 1, never a stack trace: a diverging
 * sweep step, an output folder that cannot be created, and a disk that fills up during a sweep (simulated
 * with {@code ulimit -f} in a child process), after which the sweep resumes without losing a point.
 */
class CliFaultsTest {

    @TempDir
    Path root;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    private static String[] sweep(Path out, String grid, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", "--lambda-grid", grid, "--out", out.toString()));
        args.addAll(TinyPatternsSweep.OPTIONS);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private void assertOneClearLine() {
        assertThat(cli.err()).startsWith("Error: ").doesNotContain("Exception", "\tat ");
        assertThat(cli.err().strip().lines()).hasSize(1);
    }

    @Test
    void aDivergingSweepStepStopsWithAClearMessageAndKeepsTheGoodPoints() throws Exception {
        Path out = root.resolve("diverging");
        assertThat(run(sweep(out, "0:1e39:5e38"))).isEqualTo(1);

        assertOneClearLine();
        assertThat(cli.err())
                .contains(
                        "at λ = 5.0E38 diverged",
                        "epoch 1, minibatch 1",
                        "lower the learning rate or λ",
                        "completed steps are kept in " + out);
        assertThat(PointsFile.rowsWithoutSeconds(out, 3)).hasSize(2);
        assertThat(Files.readString(out.resolve("points.csv"))).doesNotContain("NaN", "Infinity");
        assertThat(Files.readAllLines(out.resolve("failures.csv"))).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "sweep"})
    void anOutputFolderBelowARegularFileIsNamedInTheError(String command) throws Exception {
        Path file = Files.writeString(root.resolve("a-file"), "not a folder");
        Path out = file.resolve("out");
        String[] args = command.equals("train")
                ? new String[] {
                    "train", "--dataset", "patterns", "--hidden", "8", "--epochs", "1", "--out", out.toString()
                }
                : sweep(out, "0:0.1:0.05");

        assertThat(run(args)).isEqualTo(1);

        assertOneClearLine();
        assertThat(cli.err()).contains("cannot write to the --out folder " + out + ": ");
        assertThat(cli.out()).as("nothing was computed").doesNotContain("epoch", "λ=");
    }

    @Test
    void anOutputFolderInAReadOnlyFileSystemIsNamedInTheError() {
        Path out = Path.of("/proc/phasescope-reliability-test");
        assertThat(run(sweep(out, "0:0.1:0.05"))).isEqualTo(1);

        assertOneClearLine();
        assertThat(cli.err()).contains("cannot write to the --out folder " + out + ": ");
    }

    @Test
    void aFullDiskStopsTheSweepWithWholeRowsAndARerunCompletesIt() throws Exception {
        Path out = root.resolve("full");
        String[] updown = sweep(out, "0:0.5:0.01", "--mode", "updown");
        Process limited = ChildProcess.startWithFileSizeLimit(8, updown);
        String output = new String(limited.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(limited.waitFor()).as(output).isEqualTo(1);
        assertThat(output)
                .containsPattern("Error: could not append a row to " + out + "/(points|samples|confusion)\\.csv")
                .contains("File too large", "the rows written before are intact")
                .doesNotContain("Exception", "\tat ");
        List<String> written = PointsFile.rowsWithoutSeconds(out, 3);
        assertThat(written.size())
                .as("a sweep file (samples.csv first) filled its 8 KiB")
                .isBetween(10, 102);

        Path log = root.resolve("resume.log");
        assertThat(ChildProcess.start(log, updown).waitFor())
                .as(Files.readString(log))
                .isZero();
        List<String> resumed = PointsFile.rowsWithoutSeconds(out, 3);
        assertThat(resumed).hasSize(1 + 2 * 51);
        assertThat(resumed.subList(0, written.size())).isEqualTo(written);
    }

    @Test
    void aFullDiskDuringTrainNamesTheFileSaysToRerunAndKeepsThePreviousModel() throws Exception {
        Path out = root.resolve("model");
        String[] train = {
            "train", "--dataset", "patterns", "--hidden", "64,64", "--epochs", "1", "--out", out.toString()
        };
        String[] small = {"train", "--dataset", "patterns", "--hidden", "4", "--epochs", "1", "--out", out.toString()};
        assertThat(run(small)).as(cli.err()).isZero();
        byte[] previous = Files.readAllBytes(out.resolve("model.zip"));

        Process limited = ChildProcess.startWithFileSizeLimit(8, train);
        String output = new String(limited.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(limited.waitFor()).as(output).isEqualTo(1);
        assertThat(output)
                .contains(
                        "Error: could not write " + out.resolve("model.zip"), "File too large", "run the command again")
                .doesNotContain("Exception", "\tat ", "Error: Error");
        assertThat(Files.readAllBytes(out.resolve("model.zip"))).isEqualTo(previous);
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".model"));
    }
}
