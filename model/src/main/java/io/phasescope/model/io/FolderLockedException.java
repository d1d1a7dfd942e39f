package io.phasescope.model.io;

import java.io.IOException;

/** Another writer holds a folder's {@link FolderLock}; the message names the folder, the pid and the start time. */
public final class FolderLockedException extends IOException {

    public FolderLockedException(String message) {
        super(message);
    }
}
