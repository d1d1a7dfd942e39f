package io.phasescope.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writes files so that readers see either the old content or the complete new content, never a torn file. */
public final class AtomicFiles {

    /** Writes content to a stream; it may close the stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Writes {@code target} through a temporary sibling that is forced to disk and renamed over it. The file gets
     * the permissions of any new file (0666 less the process's umask), not the owner-only ones of a JDK temporary
     * file, so that a shared folder's sweeps and models stay readable by the group as the user intends.
     *
     * @throws IOException {@code could not write TARGET (REASON)} when writing fails (a full disk, say); the old
     *     content is kept and the temporary file removed
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try {
                try (OutputStream out = new BufferedOutputStream(
                        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                    writer.write(out);
                }
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new IOException("could not write " + target + " (" + e.getMessage() + ")", e);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
