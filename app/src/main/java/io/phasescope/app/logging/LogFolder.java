package io.phasescope.app.logging;

import java.nio.file.Path;

/**
 * The folder of the rotated log file: {@code phasescope.logs} (set by {@code ./phasescope} to
 * {@code $XDG_CACHE_HOME/phasescope/logs}, by the tests to {@code target/logs}), else
 * {@code ~/.cache/phasescope/logs}, as in {@code logback.xml}.
 */
public final class LogFolder {

    /** The system property that names the folder. */
    public static final String PROPERTY = "phasescope.logs";

    private LogFolder() {}

    /** The log folder (it exists once anything was logged). */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "phasescope", "logs");
    }

    /** The current log file; older ones are {@code phasescope.1.log} and {@code phasescope.2.log}. */
    public static Path file() {
        return folder().resolve("phasescope.log");
    }
}
