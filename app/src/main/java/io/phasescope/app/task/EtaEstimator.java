package io.phasescope.app.task;

import java.time.Duration;
import java.util.Optional;

/**
 * Estimates the time left from the progress made since the last (re)start, so that time spent paused
 * does not count. {@link #restartAtNextProgress()} also leaves out the step under way, whose time may include
 * start-up (loading data, warming up the engine) and would make the first estimates far too long. Not
 * thread-safe.
 */
public final class EtaEstimator {

    private static final double MIN_PROGRESS = 0.005;
    private static final long MIN_NANOS = 1_000_000_000L;

    private double startFraction;
    private long startNanos;
    private boolean restartPending;

    /** Starts measuring at progress {@code fraction} and time {@code nanos}. */
    public void restart(double fraction, long nanos) {
        startFraction = fraction;
        startNanos = nanos;
        restartPending = false;
    }

    /**
     * Starts measuring at the next progress passed to {@link #remaining}: only completed steps measured from their
     * start count, not the time before the first of them.
     */
    public void restartAtNextProgress() {
        restartPending = true;
    }

    /** The time left at progress {@code fraction} ∈ [0, 1] and time {@code nanos}, once enough progress was seen. */
    public Optional<Duration> remaining(double fraction, long nanos) {
        if (restartPending) {
            restart(fraction, nanos);
            return Optional.empty();
        }
        double done = fraction - startFraction;
        long elapsed = nanos - startNanos;
        if (done < MIN_PROGRESS || elapsed < MIN_NANOS) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) (elapsed / done * Math.max(0, 1 - fraction))));
    }

    /** {@code 75 s} as {@code "1:15"}, {@code 3 h 2 min 5 s} as {@code "3:02:05"}. */
    public static String format(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%d:%02d", minutes, seconds % 60);
    }
}
