package io.phasescope.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per folder, across processes; a lock dies with its process. */
class FolderLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondWriterInThisProcessIsRefusedUntilTheFirstCloses() throws Exception {
        try (FolderLock first = FolderLock.acquire(folder)) {
            assertThat(FolderLock.isLocked(folder)).isTrue();
            assertThatThrownBy(() -> FolderLock.acquire(folder))
                    .isInstanceOf(FolderLockedException.class)
                    .hasMessageMatching(folder.toString().replace("\\", "\\\\")
                            + " is being written by another Phasescope process \\(pid "
                            + ProcessHandle.current().pid()
                            + ", since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)");
        }
        assertThat(FolderLock.isLocked(folder)).isFalse();
        FolderLock.acquire(folder).close();
    }

    @Test
    void aLockHeldByAnotherProcessRefusesAndDiesWithThatProcess() throws Exception {
        Process holder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        folder.toString()))
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThat(FolderLock.isLocked(folder)).isTrue();
            assertThatThrownBy(() -> FolderLock.acquire(folder))
                    .isInstanceOf(FolderLockedException.class)
                    .hasMessageContaining("(pid " + holder.pid() + ", since ");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (FolderLock after = FolderLock.acquire(folder)) {
            assertThat(after).as("the killed holder's lock is gone").isNotNull();
        }
    }

    /** Holds the lock of the folder {@code args[0]} until killed; prints {@code locked} once it holds it. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            FolderLock lock = FolderLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            synchronized (lock) {
                lock.wait();
            }
        }
    }
}
