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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Writes files so that readers see either the old content or the complete new content, never a torn file. */
public final class AtomicFiles {

    /** Writes content to a stream; it may close the stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** {@code .NAME.PID-HEX.tmp}: the temporary sibling {@link #write} makes, with its writer's pid. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)-[0-9a-f]+\\.tmp");

    private AtomicFiles() {}

    /**
     * Deletes the temporary files in {@code folder} (not below it) that writers killed inside {@link #write} left,
     * those whose pid names no live process on this machine. Call it holding the folder's lock, so that no writer on
     * another machine is at work there.
     *
     * @return how many were deleted (0 when the folder does not exist)
     */
    public static int removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = TEMPORARY.matcher(file.getFileName().toString());
                if (m.matches()
                        && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

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
