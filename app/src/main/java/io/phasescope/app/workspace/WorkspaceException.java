package io.phasescope.app.workspace;

/** A workspace file that cannot be read or written; the message is meant for the user and names the file. */
public final class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}
