package io.phasescope.app.task;

/** Where the user reads how background work goes: ordinary messages and failures. Called on the UI thread. */
public interface StatusLine {

    /** Shows an ordinary message. */
    void info(String text);

    /** Shows a failure the user should read. */
    void error(String text);

    /** Shows that a data set cannot be obtained (no npm, no network); the app then offers its demo workspace. */
    default void dataUnavailable(String text) {
        error(text);
    }
}
