package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.SweepFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long sweep does not leak: {@code sweep} runs 240 steps of the paper network (1,000 MNIST images, one epoch
 * a step) in a child JVM whose heap is fixed and touched up front, so that its resident set only grows if
 * native or heap memory leaks. The resident set after step 120 and after step 230 may differ by less than 5 %.
 */
@Tag("mnist")
class SweepSoakTest {

    private static final Logger LOG = LoggerFactory.getLogger(SweepSoakTest.class);

    @TempDir
    Path dir;

    @Test
    void residentMemoryStaysFlatOverTwoHundredFortySteps() throws Exception {
        Path out = dir.resolve("soak");
        Process sweep = ChildProcess.startWithJvmOptions(
                dir.resolve("soak.log"),
                "-Xms1g -XX:+AlwaysPreTouch",
                "sweep",
                "--preset",
                "classroom",
                "--mode",
                "up",
                "--subset",
                "1000",
                "--test-subset",
                "500",
                "--epochs",
                "1",
                "--patience",
                "1",
                "--lambda-grid",
                "0:0.0239:0.0001",
                "--workers",
                "1",
                "--out",
                out.toString());
        try {
            long middle = residentWhen(sweep, out, 120);
            long late = residentWhen(sweep, out, 230);
            assertThat(sweep.waitFor(5, TimeUnit.MINUTES)).isTrue();
            LOG.info(
                    "Soak: resident set {} MiB after step 120, {} MiB after step 230 ({} %)",
                    middle / 1024, late / 1024, String.format("%.2f", 100.0 * (late - middle) / middle));
            assertThat(sweep.exitValue())
                    .as(Files.readString(dir.resolve("soak.log")))
                    .isZero();
            assertThat((double) late).as("resident KiB after step 230").isLessThan(1.05 * middle);
        } finally {
            sweep.destroyForcibly();
        }
    }

    /** The child's resident set, KiB, as soon as its points.csv holds {@code rows} rows. */
    private static long residentWhen(Process child, Path folder, int rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && child.isAlive()) {
            Path points = folder.resolve(SweepFolder.POINTS);
            if (Files.exists(points) && Files.readAllLines(points).size() - 1 >= rows) {
                return resident(child.pid());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the sweep did not reach " + rows + " rows");
    }

    private static long resident(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
    }
}
