package io.phasescope.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the GUI is started.
 *
 * @param dataFolder a folder holding the four MNIST IDX files, or {@code null} for the verified download
 *     cache (as {@code --data DIR} and {@link io.phasescope.model.data.DataRequest#folder()})
 * @param sweepsFolder where the Phase-diagram view creates sweep folders, or {@code null} for
 *     {@link #DEFAULT_SWEEPS} in the user's home
 */
public record GuiConfig(Path dataFolder, Path sweepsFolder) {

    /** The default sweeps folder, relative to the user's home. */
    public static final String DEFAULT_SWEEPS = "phasescope/sweeps";

    private static final String DATA = "data";
    private static final String SWEEPS = "sweeps";

    /** MNIST from {@code dataFolder} (or the cache), sweeps in the default folder. */
    public GuiConfig(Path dataFolder) {
        this(dataFolder, null);
    }

    /** MNIST from the download cache. */
    public static GuiConfig defaults() {
        return new GuiConfig(null, null);
    }

    /** The folder for new sweeps: {@link #sweepsFolder()}, or {@code ~/phasescope/sweeps}. */
    public Path sweepsRoot() {
        return sweepsFolder != null ? sweepsFolder : Path.of(System.getProperty("user.home")).resolve(DEFAULT_SWEEPS);
    }

    /** This configuration as JavaFX application arguments, read back by {@link #fromNamedArguments}. */
    List<String> toArguments() {
        List<String> arguments = new ArrayList<>();
        if (dataFolder != null) {
            arguments.add("--" + DATA + "=" + dataFolder);
        }
        if (sweepsFolder != null) {
            arguments.add("--" + SWEEPS + "=" + sweepsFolder);
        }
        return arguments;
    }

    /** The configuration in JavaFX's named application parameters. */
    static GuiConfig fromNamedArguments(Map<String, String> named) {
        return new GuiConfig(path(named.get(DATA)), path(named.get(SWEEPS)));
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }
}
