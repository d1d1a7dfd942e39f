package io.phasescope.app.task;

import io.phasescope.app.logging.LogFolder;
import io.phasescope.model.data.DatasetException;
import io.phasescope.model.io.FolderLockedException;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.train.DivergenceException;

/**
 * Turns the failure of a background job into one clear sentence for the status bar and the error banner.
 *
 * @param job the job as a sentence subject, e.g. {@code "Training"} or {@code "The sweep"}
 * @param invalidSettings the sentence for rejected settings, e.g. {@code "Cannot train with these settings"}
 * @param smallerAdvice what to shrink when memory runs out, e.g. {@code "a smaller sweep"}
 */
public record JobErrors(String job, String invalidSettings, String smallerAdvice) {

    /**
     * Shows {@code error} in the status bar and banner; data that cannot be obtained also offers the demo workspace
     * ({@link StatusLine#dataUnavailable}).
     */
    public void report(StatusLine status, Throwable error) {
        if (error instanceof DatasetException data && data.isUnobtainable()) {
            status.dataUnavailable(describe(error));
        } else {
            status.error(describe(error));
        }
    }

    /** The message for {@code error}. */
    public String describe(Throwable error) {
        if (error instanceof DatasetException) {
            return "Cannot load the data: " + error.getMessage();
        }
        if (error instanceof FolderLockedException) {
            return error.getMessage();
        }
        if (error instanceof DivergenceException) {
            return job + " diverged: " + error.getMessage();
        }
        if (error instanceof SweepFormatException) {
            return "Cannot use this sweep folder: " + error.getMessage();
        }
        if (error instanceof IllegalArgumentException) {
            return invalidSettings + ": " + error.getMessage();
        }
        if (error instanceof OutOfMemoryError) {
            return "Out of memory: choose " + smallerAdvice;
        }
        if (error instanceof LinkageError) {
            return "A library the training engine needs could not be loaded: " + error + details();
        }
        return job + " failed: " + error + details();
    }

    /** Where an unexpected failure's details are: the log file, with the stack trace. */
    private static String details() {
        return ". Details are in the log file " + LogFolder.file();
    }
}
