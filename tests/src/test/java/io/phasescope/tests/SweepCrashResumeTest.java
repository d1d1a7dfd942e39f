package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a sweep loses no completed step, never tears points.csv, and rerunning
 * the same command resumes to exactly the result of an uninterrupted run (all columns but wall time).
 */
@Tag("mnist")
class SweepCrashResumeTest {

    private static final int KILLS = 3;

    @TempDir
    Path root;

    private String[] sweep(Path out) {
        return new String[] {"sweep", "--preset", "classroom", "--mode", "updown", "--subset", "500", "--test-subset",
            "500", "--lambda-grid", "0:0.06:0.006", "--epochs", "4", "--patience", "2", "--workers", "1",
            "--out", out.toString()};
    }

    @Test
    void killedSweepsResumeWithoutLossToTheUninterruptedResult() throws Exception {
        Path log = root.resolve("child.log");
        Path reference = root.resolve("reference");
        assertThat(ChildProcess.start(log, sweep(reference)).waitFor()).as(Files.readString(log)).isZero();
        List<String> expected = rowsWithoutSeconds(reference);
        assertThat(expected).hasSize(1 + 2 * 11);

        Path crashed = root.resolve("crashed");
        Random random = new Random(42);
        List<String> before = List.of();
        int kills = 0;
        while (kills < KILLS) {
            Process child = ChildProcess.start(log, sweep(crashed));
            int target = before.size() + 1 + random.nextInt(3);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && rows(crashed) < target && System.nanoTime() < deadline) {
                Thread.sleep(random.nextInt(20));
            }
            if (!child.isAlive()) {
                break;
            }
            child.destroyForcibly().waitFor();
            kills++;
            List<String> after = rowsWithoutSeconds(crashed);
            assertThat(after.subList(0, before.size())).as("completed points survive kill %d", kills)
                    .isEqualTo(before);
            assertThat(expected).as("every row after kill %d is a row of the uninterrupted run", kills)
                    .startsWith(after.toArray(String[]::new));
            before = after;
        }
        assertThat(kills).as("the sweep was killed mid-run").isGreaterThanOrEqualTo(1);
        assertThat(ChildProcess.start(log, sweep(crashed)).waitFor()).as(Files.readString(log)).isZero();
        assertThat(rowsWithoutSeconds(crashed)).isEqualTo(expected);
    }

    private static int rows(Path sweep) throws Exception {
        Path points = sweep.resolve("points.csv");
        return Files.exists(points) ? Math.max(0, Files.readAllLines(points).size() - 1) : 0;
    }

    /** Header and rows of points.csv with the wall-time column blanked; fails on a torn line. */
    private static List<String> rowsWithoutSeconds(Path sweep) throws Exception {
        Path points = sweep.resolve("points.csv");
        if (!Files.exists(points)) {
            return List.of();
        }
        String text = Files.readString(points);
        assertThat(text).as("points.csv ends with a complete line").endsWith("\n");
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as("row '%s' is complete", line).hasSize(22);
            cells[11] = "";
            rows.add(String.join(",", cells));
        }
        return rows;
    }
}
