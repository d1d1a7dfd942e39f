package io.phasescope.app.gui.common;

import io.phasescope.app.task.StatusLine;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the status bar shows: a message, a progress fraction and a time estimate. Features write to it
 * on the UI thread; an error message stays marked (red, with the error banner) until the next ordinary message or
 * until the user dismisses it.
 */
public final class StatusModel implements StatusLine {

    /** Progress value that shows an indeterminate (busy) progress bar. */
    public static final double BUSY = -1;

    private static final Logger LOG = LoggerFactory.getLogger(StatusModel.class);

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Ready");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final ReadOnlyBooleanWrapper demoOffered = new ReadOnlyBooleanWrapper(this, "demoOffered");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private int foregroundJobs;

    /** Shows an ordinary message. */
    @Override
    public void info(String text) {
        message.set(text);
        error.set(false);
        demoOffered.set(false);
    }

    /** Shows a failure the user should read; it is also logged. */
    @Override
    public void error(String text) {
        LOG.info("Shown to the user: {}", text);
        message.set(text);
        error.set(true);
        demoOffered.set(false);
    }

    /** Shows that a data set cannot be obtained (no npm, no network): the error banner offers the demo workspace. */
    @Override
    public void dataUnavailable(String text) {
        error(text);
        demoOffered.set(true);
    }

    /** The user has read the error: the message stays in the status bar, no longer marked as an error. */
    public void dismissError() {
        error.set(false);
        demoOffered.set(false);
    }

    /** A job that reports in the status bar started: quiet jobs' progress waits until it ends. */
    public void foregroundStarted() {
        foregroundJobs++;
    }

    /** A job started with {@link #foregroundStarted()} ended. */
    public void foregroundEnded() {
        foregroundJobs = Math.max(0, foregroundJobs - 1);
    }

    /**
     * Progress and time left of a quiet job (one the user did not start, such as automatic spectra): shown while
     * no job the user started reports here, and never replacing the message.
     */
    public void quietProgress(double fraction, String timeLeft) {
        if (foregroundJobs == 0) {
            progress(fraction);
            eta(timeLeft);
        }
    }

    /** Sets the progress bar: a fraction in [0, 1], or {@link #BUSY}. */
    public void progress(double fraction) {
        if (fraction != BUSY && !(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("progress must be in [0, 1] or BUSY, was " + fraction);
        }
        progress.set(fraction);
    }

    /** Sets the time estimate text; empty hides it. */
    public void eta(String text) {
        eta.set(text == null ? "" : text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the shown error is a data set that cannot be obtained, so the bundled demo is the way forward. */
    public ReadOnlyBooleanProperty demoOfferedProperty() {
        return demoOffered.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }
}
