package io.phasescope.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One line for the user from an exception that ended a command: file-system errors name the file and the reason. */
final class ErrorMessages {

    private ErrorMessages() {}

    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile()) + ": " + reason(f);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
