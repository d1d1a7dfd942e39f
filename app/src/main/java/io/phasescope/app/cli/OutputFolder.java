package io.phasescope.app.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an output folder before a command spends time computing what it cannot write. */
final class OutputFolder {

    private OutputFolder() {}

    /**
     * Creates {@code folder} (and its parents) if needed and proves it writable by creating and deleting a
     * probe file in it.
     *
     * @param option the option that named the folder, for the message (e.g. {@code --out})
     * @throws IOException naming the option, the folder and the reason when it cannot be created or written
     */
    static void prepare(Path folder, String option) throws IOException {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".phasescope-probe", ".tmp"));
        } catch (FileSystemException e) {
            throw new IOException(
                    "cannot write to the " + option + " folder " + folder + ": " + ErrorMessages.describe(e), e);
        }
    }
}
