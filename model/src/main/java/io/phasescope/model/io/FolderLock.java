package io.phasescope.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One writer per folder: an exclusive OS lock ({@link FileChannel#tryLock()}) on {@value #FILE} inside the
 * folder, held until {@link #close()}. The file records the holder's pid and start time for the message a
 * second writer gets. The OS releases the lock when its process dies, so a lock left by a killed process never
 * blocks; the file itself stays (it is never deleted, so two writers cannot lock two different files).
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name inside the locked folder. */
    public static final String FILE = ".phasescope.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the existing {@code folder} for writing.
     *
     * @throws FolderLockedException when another process (or another writer in this one) holds the lock:
     *     {@code DIR is being written by another Phasescope process (pid N, since TIME)}
     * @throws IOException when the folder does not exist or its lock file cannot be created
     */
    public static FolderLock acquire(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(
                folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new FolderLockedException(
                    folder + " is being written by another Phasescope process (" + holder + ")");
        }
        byte[] text = ("pid " + ProcessHandle.current().pid() + ", since "
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        channel.force(false);
        return new FolderLock(channel, lock);
    }

    /** Whether another writer holds {@code folder}'s lock now (a folder without a lock file is free). */
    public static boolean isLocked(Path folder) {
        if (!Files.isRegularFile(folder.resolve(FILE))) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "pid N, since TIME" as the holder wrote it. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(200);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.startsWith("pid ") ? text : "pid unknown, since unknown";
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
