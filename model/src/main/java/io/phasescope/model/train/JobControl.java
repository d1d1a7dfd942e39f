package io.phasescope.model.train;

/**
 * Lets another thread pause, resume and cancel a long computation. The computation calls
 * {@link #checkpoint()} between units of work (one minibatch, one grid row); it blocks there while
 * paused and throws {@link CancelledException} once cancelled. Thread-safe.
 */
public final class JobControl {

    private boolean paused;
    private boolean cancelled;

    /** A control that is never paused or cancelled by anyone else. */
    public static JobControl none() {
        return new JobControl();
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Waits while paused; throws if cancelled (also when interrupted, which counts as cancel). */
    public synchronized void checkpoint() {
        while (paused && !cancelled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
        }
        if (cancelled || Thread.currentThread().isInterrupted()) {
            cancelled = true;
            throw new CancelledException();
        }
    }
}
