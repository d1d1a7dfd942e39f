package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed inside {@code AtomicFiles.write} leaves its hidden temporary file; the next writer to open the sweep
 * folder (under its lock) removes those of dead processes, so a resumed sweep's folder holds what an uninterrupted
 * run's does (found by the study's driver-kill test, issue #16).
 */
class SweepFolderLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void reopeningRemovesTheTemporaryFilesOfDeadWritersAndKeepsALiveOnes() throws Exception {
        SweepSpec spec = SweepPresets.PATTERNS.spec(null).withGrid(SweepGrid.linear(0, 0.1, 0.05));
        SweepFolder.openOrCreate(dir, spec);
        long dead = deadPid();
        long live = ProcessHandle.current().pid();
        List<Path> leftovers = List.of(
                dir.resolve("params/.up-s1-i0.bin." + dead + "-c1881269b2264258.tmp"),
                dir.resolve("state/.up-s1-i0.bin." + dead + "-1f.tmp"),
                dir.resolve(".transitions.csv." + dead + "-a.tmp"));
        Path writing = dir.resolve("params/.up-s1-i1.bin." + live + "-b.tmp");
        Path notOurs = dir.resolve("params/.notes.tmp");
        for (Path file : List.of(leftovers.get(0), leftovers.get(1), leftovers.get(2), writing, notOurs)) {
            Files.writeString(file, "partial");
        }

        SweepFolder.openOrCreate(dir, spec);

        assertThat(leftovers).allSatisfy(file -> assertThat(file).doesNotExist());
        assertThat(writing).exists();
        assertThat(notOurs).exists();
    }

    /** A pid no process has now. */
    private static long deadPid() throws Exception {
        Process child = new ProcessBuilder("true").start();
        child.waitFor();
        long pid = child.pid();
        assertThat(ProcessHandle.of(pid)).isEmpty();
        return pid;
    }
}
