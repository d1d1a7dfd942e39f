package io.phasescope.model.sweep;

/** A sweep folder's file is unreadable or inconsistent; the message names the file and, where known, the line. */
public final class SweepFormatException extends RuntimeException {

    public SweepFormatException(String message) {
        super(message);
    }

    public SweepFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
