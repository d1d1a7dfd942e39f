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
 * @param workspace a {@code .phasescope} workspace opened at start (as {@code phasescope FILE}, or a double-click on
 *     the file in a desktop with the package installed), or {@code null} for an empty session; a missing or damaged
 *     file shows the same error dialog as File → Open and the app starts empty
 */
public record GuiConfig(Path dataFolder, Path sweepsFolder, List<Path> models, Path workspace) {

    /** The default sweeps folder, relative to the user's home. */
    public static final String DEFAULT_SWEEPS = "phasescope/sweeps";

    private static final String DATA = "data";
    private static final String SWEEPS = "sweeps";
    private static final String MODELS = "models";
    private static final String WORKSPACE = "workspace";

    public GuiConfig {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** No workspace opened at start. */
    public GuiConfig(Path dataFolder, Path sweepsFolder, List<Path> models) {
        this(dataFolder, sweepsFolder, models, null);
    }

    /** MNIST from {@code dataFolder} (or the cache), sweeps in {@code sweepsFolder} (or the default), no models. */
    public GuiConfig(Path dataFolder, Path sweepsFolder) {
        this(dataFolder, sweepsFolder, List.of());
    }

    /** This configuration opening {@code file} at start. */
    public GuiConfig withWorkspace(Path file) {
        return new GuiConfig(dataFolder, sweepsFolder, models, file);
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
        if (workspace != null) {
            arguments.add("--" + WORKSPACE + "=" + workspace);
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
                                .toList(),
                path(named.get(WORKSPACE)));
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }
}
