package io.phasescope.app.logging;

import io.phasescope.model.data.DatasetException;
import io.phasescope.model.io.FolderLockedException;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.train.DivergenceException;

/**
 * Failures that refuse what the user asked for (bad settings such as a network over the parameter limit, data that
 * is missing or malformed, a locked or foreign folder, a diverged run): the message says it all, so they are logged
 * as one line without a stack trace. Anything else is unexpected and logged with its stack trace.
 */
public final class UserErrors {

    private UserErrors() {}

    /** Whether {@code error} is the user's (shown as its message) rather than a bug. */
    public static boolean isUserError(Throwable error) {
        return error instanceof IllegalArgumentException
                || error instanceof DatasetException
                || error instanceof FolderLockedException
                || error instanceof SweepFormatException
                || error instanceof DivergenceException;
    }
}
