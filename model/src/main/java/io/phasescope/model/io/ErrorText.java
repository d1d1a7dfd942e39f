package io.phasescope.model.io;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

/**
 * One line for the user from an exception that ended a command: file-system errors name the file and the reason, a
 * full disk says that the command resumes. Shared by the app's and the cluster module's command lines.
 */
public final class ErrorText {

    /** Reasons of a failed write that more free space cures. */
    private static final List<String> FULL =
            List.of("No space left on device", "File too large", "Disk quota exceeded");

    private ErrorText() {}

    /** The line for {@code e}: never null, never a stack trace. */
    public static String describe(Throwable e) {
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile()) + ": " + reason(f);
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        while (message.startsWith("Error: ")) {
            message = message.substring("Error: ".length());
        }
        if (FULL.stream().anyMatch(message::contains) && !message.contains("rerun")) {
            message += "; free space and run the command again (sweeps and spectra resume where they stopped)";
        }
        return message;
    }

    private static String reason(FileSystemException f) {
        if (f.getReason() != null) {
            return f.getReason();
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (f instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        return "the file system refused (" + f.getClass().getSimpleName() + ")";
    }
}
