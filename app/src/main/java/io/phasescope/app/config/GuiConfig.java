package io.phasescope.app.config;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the GUI is started.
 *
 * @param dataFolder a folder holding the four MNIST IDX files, or {@code null} for the verified download
 *     cache (as {@code --data DIR} and {@link io.phasescope.model.data.DataRequest#folder()})
 * @param sweepsFolder where the Phase-diagram view creates sweep folders, or {@code null} for
 *     {@link #DEFAULT_SWEEPS} in the user's home
 * @param models model folders loaded into the library at start (as {@code --model DIR})
 */
public record GuiConfig(Path dataFolder, Path sweepsFolder, List<Path> models) {

    /** The default sweeps folder, relative to the user's home. */
    public static final String DEFAULT_SWEEPS = "phasescope/sweeps";

    private static final String DATA = "data";
    private static final String SWEEPS = "sweeps";
    private static final String MODELS = "models";

    public GuiConfig {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** MNIST from {@code dataFolder} (or the cache), sweeps in {@code sweepsFolder} (or the default), no models. */
    public GuiConfig(Path dataFolder, Path sweepsFolder) {
        this(dataFolder, sweepsFolder, List.of());
    }

    /** MNIST from {@code dataFolder} (or the cache), sweeps in the default folder. */
    public GuiConfig(Path dataFolder) {
        this(dataFolder, null, List.of());
    }

    /** MNIST from the download cache. */
    public static GuiConfig defaults() {
        return new GuiConfig(null, null, List.of());
    }

    /** The folder for new sweeps: {@link #sweepsFolder()}, or {@code ~/phasescope/sweeps}. */
    public Path sweepsRoot() {
        return sweepsFolder != null
                ? sweepsFolder
                : Path.of(System.getProperty("user.home")).resolve(DEFAULT_SWEEPS);
    }

    /** This configuration as JavaFX application arguments, read back by {@link #fromNamedArguments}. */
    public List<String> toArguments() {
        List<String> arguments = new ArrayList<>();
        if (dataFolder != null) {
            arguments.add("--" + DATA + "=" + dataFolder);
        }
        if (sweepsFolder != null) {
            arguments.add("--" + SWEEPS + "=" + sweepsFolder);
        }
        if (!models.isEmpty()) {
            arguments.add("--" + MODELS + "="
                    + models.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
        return arguments;
    }

    /** The configuration in JavaFX's named application parameters. */
    public static GuiConfig fromNamedArguments(Map<String, String> named) {
        String models = named.get(MODELS);
        return new GuiConfig(
                path(named.get(DATA)),
                path(named.get(SWEEPS)),
                models == null || models.isBlank()
                        ? List.of()
                        : Arrays.stream(models.split(File.pathSeparator))
                                .map(Path::of)
                                .toList());
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }
}
