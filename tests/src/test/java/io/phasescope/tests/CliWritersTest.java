package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per folder and honest resumes (issue #14, items 3, 6 and 7): a second writer exits at once naming
 * the first, a lock left by a killed writer does not block, a resume that asks for another sweep is refused with
 * the list of differences, and a refused option is never saved.
 */
class CliWritersTest {

    @TempDir
    Path root;

    private static List<String> sweep(Path out, String grid, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep"));
        args.addAll(TinyPatternsSweep.OPTIONS);
        args.addAll(List.of("--lambda-grid", grid, "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static String[] array(List<String> args) {
        return args.toArray(String[]::new);
    }

    @Test
    void aSecondWriterExitsAtOnceNamingTheFirstAndAKilledWritersLockDoesNotBlock() throws Exception {
        Path out = root.resolve("shared");
        String[] args = array(sweep(out, "0:0.5:0.01"));
        Process first = ChildProcess.start(root.resolve("first.log"), args);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Path points = out.resolve("points.csv");
        while (!(Files.exists(points) && Files.readAllLines(points).size() >= 3) && System.nanoTime() < deadline) {
            assertThat(first.isAlive())
                    .as(Files.readString(root.resolve("first.log")))
                    .isTrue();
            Thread.onSpinWait();
        }
        String locked = out + " is being written by another Phasescope process (pid " + first.pid() + ", since ";
        try {
            CliRunner second = new CliRunner();
            assertThat(second.run(args)).as(second.err()).isEqualTo(1);
            assertThat(second.err()).startsWith("Error: " + locked);
            assertThat(second.out()).doesNotContain("λ=");

            CliRunner spectra = new CliRunner();
            assertThat(spectra.run("spectrum", "--sweep", out.toString(), "--top", "2", "--bottom", "1"))
                    .as(spectra.err())
                    .isEqualTo(1);
            assertThat(spectra.err()).startsWith("Error: " + locked);
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        CliRunner resume = new CliRunner();
        assertThat(resume.run(args)).as(resume.err()).isZero();
        List<String> rows = PointsFile.rowsWithoutSeconds(out, 3);
        assertThat(rows).hasSize(1 + 51);
        assertThat(new HashSet<>(rows)).as("no row twice").hasSize(rows.size());
    }

    @Test
    void aResumeThatAsksForAnotherSweepIsRefusedListingEachDifference() throws Exception {
        Path out = root.resolve("resumed");
        CliRunner cli = new CliRunner();
        assertThat(cli.run(array(sweep(out, "0:0.05:0.05")))).as(cli.err()).isZero();
        List<String> before = PointsFile.rowsWithoutSeconds(out, 3);

        CliRunner changed = new CliRunner();
        List<String> args = sweep(out, "0:0.1:0.05", "--mode", "updown");
        args.set(args.indexOf("--subset") + 1, "120");
        args.set(args.indexOf("--epochs") + 1, "5");
        assertThat(changed.run(array(args))).as(changed.err()).isEqualTo(2);

        assertThat(changed.err().lines().findFirst().orElseThrow())
                .startsWith("Error: " + out + " holds another sweep: ")
                .contains(
                        "--subset 120 differs from the sweep's 150",
                        "--epochs 5 differs from the sweep's 3",
                        "--lambda-grid 0.0:0.1:0.05 differs from the sweep's 0.0:0.05:0.05",
                        "--mode updown differs from the sweep's up");
        assertThat(PointsFile.rowsWithoutSeconds(out, 3)).isEqualTo(before);
    }

    @Test
    void aRefusedOptionIsNotSavedSoTheCorrectedCommandRuns() throws Exception {
        Path out = root.resolve("corrected");
        List<String> args = sweep(out, "0:0.05:0.05");
        args.set(args.indexOf("--subset") + 1, "1000000");
        CliRunner refused = new CliRunner();
        assertThat(refused.run(array(args))).as(refused.err()).isEqualTo(2);
        assertThat(out).doesNotExist();

        CliRunner corrected = new CliRunner();
        assertThat(corrected.run(array(sweep(out, "0:0.05:0.05"))))
                .as(corrected.err())
                .isZero();
        assertThat(PointsFile.rowsWithoutSeconds(out, 3)).hasSize(1 + 2);
    }

    @Test
    void twoIdenticalTrainRunsWriteByteIdenticalModels() throws Exception {
        for (String name : List.of("one", "two")) {
            CliRunner cli = new CliRunner();
            assertThat(cli.run(TinyPatternsModel.trainArgs(root.resolve(name))))
                    .as(cli.err())
                    .isZero();
        }
        assertThat(Files.readAllBytes(root.resolve("one/model.zip")))
                .isEqualTo(Files.readAllBytes(root.resolve("two/model.zip")));
    }
}
