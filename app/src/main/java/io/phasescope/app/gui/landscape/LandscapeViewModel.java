package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.landscape.LandscapeData;
import io.phasescope.app.landscape.PathResult;
import io.phasescope.app.task.TaskExecutor;
import java.nio.file.Path;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The landscape explorer's model, composed of one small view model per panel: the {@link SliceSettings}; the
 * {@link SliceRunner} that computes (or recalls) the slice of the settings once they are still; the
 * {@link SliceOverlays} drawn on it; the {@link SliceProbe} (hover and click); and the {@link PathsViewModel} (paths
 * between A = θ₀ and B, their curvature and the t slider).
 */
public final class LandscapeViewModel {

    private final SliceSettings settings;
    private final SliceRunner slices;
    private final SliceOverlays overlays;
    private final SliceProbe probe;
    private final PathsViewModel paths;

    /**
     * @param dataFolder a folder of IDX files, or null for the verified download cache
     * @param pathsRoot where Pathfinder paths get their sweep folders
     */
    public LandscapeViewModel(
            ModelLibrary library, Path dataFolder, Path pathsRoot, TaskExecutor executor, StatusModel status) {
        if (library == null || pathsRoot == null || executor == null || status == null) {
            throw new IllegalArgumentException("library, pathsRoot, executor and status must be given, were " + library
                    + ", " + pathsRoot + ", " + executor + ", " + status);
        }
        LandscapeData data = new LandscapeData(dataFolder);
        ObservableList<PathResult> shownPaths = FXCollections.observableArrayList();
        settings = new SliceSettings(library, executor, status);
        slices = new SliceRunner(settings, data, executor, status);
        overlays = new SliceOverlays(slices.sliceProperty(), library.models(), shownPaths, settings.trajectories());
        probe = new SliceProbe(slices.sliceProperty(), overlays, data, executor, status);
        paths = new PathsViewModel(settings, overlays, shownPaths, data, pathsRoot, executor, status);
        library.models().addListener((Observable o) -> settings.libraryChanged());
    }

    /** The slice settings panel. */
    public SliceSettings settings() {
        return settings;
    }

    /** The slice shown and its computation. */
    public SliceRunner slices() {
        return slices;
    }

    /** What is drawn over the slice. */
    SliceOverlays overlays() {
        return overlays;
    }

    /** Hover and click on the slice. */
    public SliceProbe probe() {
        return probe;
    }

    /** Paths and the t slider. */
    public PathsViewModel paths() {
        return paths;
    }
}
