package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kill -9} at {@value #KILLS} seeded random moments of a tiny sweep (the patterns preset cut down to a
 * 150-image subset, 3 epochs per step, 51 λ values up and down) loses no completed step, never tears
 * points.csv, and rerunning the same command resumes to exactly the result of an uninterrupted run: the same
 * rows (all columns but wall time), the same confusion.csv and samples.csv, and the same kept parameters in
 * params/. A kill lands either a random
 * 0–30 ms after the child has appended one or two new rows (mid-step: training, saving state, appending) or,
 * one time in four, blindly 0–2 s after the start (JVM start-up, folder creation, data loading).
 */
class SweepCrashResumeTest {

    private static final Logger LOG = LoggerFactory.getLogger(SweepCrashResumeTest.class);
    private static final int KILLS = 20;
    private static final int EXTENDED_KILLS = 6;
    private static final int CLASSES = 3;

    @TempDir
    Path root;

    private static String[] sweep(Path out) {
        return new String[] {
            "sweep",
            "--preset",
            "patterns",
            "--mode",
            "updown",
            "--subset",
            "150",
            "--test-subset",
            "90",
            "--lambda-grid",
            "0:0.5:0.01",
            "--epochs",
            "3",
            "--patience",
            "2",
            "--workers",
            "1",
            "--out",
            out.toString()
        };
    }

    @Test
    void killedSweepsResumeWithoutLossToTheUninterruptedResult() throws Exception {
        List<String> expected = killAndResume("grid", KILLS, 1, out -> withArguments(sweep(out), "--no-until-trivial"));
        assertThat(expected).hasSize(1 + 2 * 51);
    }

    /**
     * The same for a sweep whose grid (λ ≤ 0.1) ends before the trivial phase: kills land while the until-trivial
     * extension grows the grid and walks past it, and the resumed sweep equals the uninterrupted one.
     */
    @Test
    void killedExtendedSweepsResumeToTheUninterruptedResult() throws Exception {
        List<String> expected = killAndResume("extended", EXTENDED_KILLS, 6, out -> {
            String[] args = sweep(out);
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("0:0.5:0.01")) {
                    args[i] = "0:0.1:0.02";
                }
            }
            return args;
        });
        assertThat(expected.size() - 1)
                .as("more steps than the grid's 6 up and 6 down")
                .isGreaterThan(12);
    }

    /**
     * Runs {@code command} once whole, then killed {@code kills} times (the first once it wrote about {@code firstRows}
     * rows) and resumed; returns the whole run's rows.
     */
    private List<String> killAndResume(
            String name, int kills, int firstRows, java.util.function.Function<Path, String[]> command)
            throws Exception {
        Path log = root.resolve(name + "-child.log");
        Path reference = root.resolve(name + "-reference");
        assertThat(ChildProcess.start(log, command.apply(reference)).waitFor())
                .as(Files.readString(log))
                .isZero();
        List<String> expected = PointsFile.rowsWithoutSeconds(reference, CLASSES);

        Path crashed = root.resolve(name + "-crashed");
        Random random = new Random(42);
        List<String> before = List.of();
        int killed = 0;
        while (killed < kills) {
            Process child = ChildProcess.start(log, command.apply(crashed));
            if (random.nextInt(4) == 0) {
                child.waitFor(random.nextInt(2000), TimeUnit.MILLISECONDS);
            } else {
                awaitRows(child, crashed, Math.max(firstRows, before.size()) + random.nextInt(2));
                Thread.sleep(random.nextInt(30));
            }
            assertThat(child.isAlive())
                    .as("the sweep is still running at kill %d (%s)", killed + 1, log)
                    .isTrue();
            child.destroyForcibly().waitFor();
            killed++;
            List<String> after = PointsFile.rowsWithoutSeconds(crashed, CLASSES);
            assertThat(after.size()).as("rows after kill %d", killed).isBetween(before.size(), expected.size());
            assertThat(after.subList(0, before.size()))
                    .as("completed points survive kill %d", killed)
                    .isEqualTo(before);
            assertThat(after)
                    .as("every row after kill %d is a row of the uninterrupted run", killed)
                    .isEqualTo(expected.subList(0, after.size()));
            before = after;
        }
        LOG.info(
                "{}: {} kills; {} of {} rows written when the last one landed",
                name,
                killed,
                before.size() - 1,
                expected.size() - 1);
        assertThat(before.size()).as("kills landed in the middle of the sweep").isBetween(2, expected.size() - 1);
        assertThat(ChildProcess.start(log, command.apply(crashed)).waitFor())
                .as(Files.readString(log))
                .isZero();
        assertThat(PointsFile.rowsWithoutSeconds(crashed, CLASSES)).isEqualTo(expected);
        for (String details : new String[] {"confusion.csv", "samples.csv", "sweep.json"}) {
            assertThat(Files.readString(crashed.resolve(details)))
                    .as("%s after the kills equals the uninterrupted run's", details)
                    .isEqualTo(Files.readString(reference.resolve(details)));
        }
        assertThat(files(crashed.resolve("params"))).isEqualTo(files(reference.resolve("params")));
        for (String file : files(reference.resolve("params"))) {
            assertThat(Files.readAllBytes(crashed.resolve("params").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve("params").resolve(file)));
        }
        return expected;
    }

    private static String[] withArguments(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** Waits until points.csv holds {@code rows} lines (header included) or the child ends; at most 60 s. */
    private static void awaitRows(Process child, Path sweep, int rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && lines(sweep.resolve("points.csv")) <= rows && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        long count = 0;
        for (byte b : bytes) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
