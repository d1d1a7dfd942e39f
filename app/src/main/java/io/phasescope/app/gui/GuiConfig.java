package io.phasescope.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the GUI is started.
 *
 * @param dataFolder a folder holding the four MNIST IDX files, or {@code null} for the verified download
 *     cache (as {@code --data DIR} and {@link io.phasescope.model.data.DataRequest#folder()})
 */
public record GuiConfig(Path dataFolder) {

    private static final String DATA = "data";

    /** MNIST from the download cache. */
    public static GuiConfig defaults() {
        return new GuiConfig(null);
    }

    /** This configuration as JavaFX application arguments, read back by {@link #fromNamedArguments}. */
    List<String> toArguments() {
        return dataFolder == null ? List.of() : List.of("--" + DATA + "=" + dataFolder);
    }

    /** The configuration in JavaFX's named application parameters. */
    static GuiConfig fromNamedArguments(Map<String, String> named) {
        String folder = named.get(DATA);
        return new GuiConfig(folder == null || folder.isBlank() ? null : Path.of(folder));
    }
}
