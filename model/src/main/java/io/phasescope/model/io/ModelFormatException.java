package io.phasescope.model.io;

/** A model folder is missing, unreadable, inconsistent or from a newer version; the message names the file. */
public final class ModelFormatException extends RuntimeException {

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelFormatException(String message) {
        super(message);
    }
}
