package io.phasescope.app.task;

/**
 * Runs a UI action at most once per burst of requests. A throttling coalescer runs it once, shortly
 * after the first request of a burst (so a stream of requests runs it at a bounded rate); a debouncing
 * one runs it once the requests have paused. Thread-safe: request from any thread.
 */
public interface Coalescer {

    /** Asks for the action to run on the UI thread, coalesced with other requests. */
    void request();

    /** Drops a pending request, if any. */
    void cancel();
}
