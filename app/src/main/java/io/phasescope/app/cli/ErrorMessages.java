package io.phasescope.app.cli;

import io.phasescope.app.workspace.DemoWorkspace;
import io.phasescope.model.data.DatasetException;
import io.phasescope.model.io.ErrorText;

/**
 * One line for the user from an exception that ended a command ({@link ErrorText}); data that cannot be fetched also
 * offer the demo workspace.
 */
final class ErrorMessages {

    private ErrorMessages() {}

    static String describe(Throwable e) {
        if (e instanceof DatasetException d && d.isUnobtainable()) {
            return d.getMessage() + "\n" + DemoWorkspace.OFFER;
        }
        return ErrorText.describe(e);
    }
}
