package io.phasescope.app.cli;

/** Human-readable durations for progress lines. */
final class Durations {

    private Durations() {}

    /** For example {@code "42 s"}, {@code "3 min 05 s"}, {@code "2 h 07 min"}; {@code "?"} when unknown. */
    static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
