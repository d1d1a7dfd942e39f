package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancelled jobs free their memory: a child JVM with a fixed, pre-touched heap starts and cancels a training and
 * a 41×41 slice of the paper network 25 times ({@link CancelCycler}); its resident set after cycle 25 may not
 * exceed that after cycle 5 by 5 % or more, so neither engines nor native buffers of cancelled jobs pile up.
 */
@Tag("mnist")
class CancelMemoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(CancelMemoryTest.class);

    @TempDir
    Path dir;

    @Test
    void twentyFiveCancelledTrainingsAndSlicesLeaveTheResidentSetFlat() throws Exception {
        Path log = dir.resolve("cycles.log");
        Process child = ChildProcess.startMain(log, "-Xms1g -XX:+AlwaysPreTouch", CancelCycler.class, "25");
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        List<String> lines = Files.readAllLines(log);
        assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
        long early = resident(lines, 5);
        long late = resident(lines, 25);
        LOG.info(
                "Cancel memory test: resident set {} MiB after 5 cancelled training+slice cycles, {} MiB after 25"
                        + " ({} %)",
                early / 1024, late / 1024, String.format("%.2f", 100.0 * (late - early) / early));
        assertThat((double) late).as("resident KiB after 25 cycles").isLessThan(1.05 * early);
    }

    private static long resident(List<String> lines, int cycle) {
        return lines.stream()
                .filter(l -> l.startsWith("rss " + cycle + " "))
                .mapToLong(l -> Long.parseLong(l.split(" ")[2]))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cycle " + cycle));
    }
}
