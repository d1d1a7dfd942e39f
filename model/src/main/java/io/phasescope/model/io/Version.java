package io.phasescope.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Phasescope, from the POM (filtered into {@code version.properties} when the model module is
 * built): the one source for what sidecars, workspaces and {@code --version} say.
 */
public final class Version {

    /** The version number, such as {@code 0.1.0-SNAPSHOT}. */
    public static final String NUMBER = read();
    /** What files written by Phasescope record as their writer: {@code phasescope} and the version. */
    public static final String SOFTWARE = "phasescope " + NUMBER;

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the model module's resources");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException("version.properties was not filtered by Maven: '" + version + "'");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read version.properties", e);
        }
    }
}
