package io.phasescope.model.train;

/** Thrown at a {@link JobControl#checkpoint()} after the job was cancelled. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
