package io.phasescope.app.workspace;

import java.util.List;

/**
 * The Landscape view as saved in a workspace: model choices by library name (null for none), the slice
 * settings, the computed paths and the t slider. Plain values; path profiles and Bézier control points are
 * archive entries referred to by name.
 *
 * @param direction a {@code DirectionKind} name
 * @param biases a {@code Directions.BiasMode} name
 * @param quantity a {@code SliceQuantity.Kind} name
 * @param lambda λ of L_λ (λ units)
 * @param range half-width r of the slice axes
 * @param subset test images evaluated
 * @param trajectoryFolder the sweep whose walks are drawn, or null
 * @param paths the computed paths, in order
 * @param selectedPath index in {@code paths} of the path scrubbed, or −1
 * @param t the t slider
 * @param slice the complete slice on screen when saved, or null (none, or a file written before slices were kept)
 */
public record LandscapeState(
        String origin,
        String modelB,
        String modelC,
        String direction,
        String biases,
        long seed,
        boolean twoDimensional,
        String quantity,
        double lambda,
        int classIndex,
        double range,
        int resolution,
        int subset,
        boolean logScale,
        String trajectoryFolder,
        List<SavedPath> paths,
        int selectedPath,
        double t,
        SavedSlice slice) {

    public LandscapeState {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    /** This state drawing the walks of {@code folder} (null: none). */
    public LandscapeState withTrajectoryFolder(String folder) {
        return new LandscapeState(
                origin,
                modelB,
                modelC,
                direction,
                biases,
                seed,
                twoDimensional,
                quantity,
                lambda,
                classIndex,
                range,
                resolution,
                subset,
                logScale,
                folder,
                paths,
                selectedPath,
                t,
                slice);
    }

    /**
     * The slice on screen, so that a reopened workspace shows it at once instead of computing it again.
     *
     * @param grid the archive entry of its grid ({@link SliceFiles})
     * @param d1 the archive entry of its first direction (float32, one value per parameter)
     * @param d2 the archive entry of its second direction, or null for a 1D slice
     * @param aLabel the label of the a axis
     * @param bLabel the label of the b axis
     * @param seconds how long it took to compute
     */
    public record SavedSlice(String grid, String d1, String d2, String aLabel, String bLabel, double seconds) {}

    /**
     * A computed path: its recipe and its profile.
     *
     * @param kind a {@code PathKind} name
     * @param a library name of A
     * @param b library name of B
     * @param align whether B was aligned to A first
     * @param name the label shown
     * @param profile the archive entry of its path.csv
     * @param control the archive entry of a Bézier path's control point, else null
     * @param folder a Pathfinder path's sweep folder, else null
     */
    public record SavedPath(
            String kind,
            String a,
            String b,
            boolean align,
            String name,
            String profile,
            String control,
            String folder) {}
}
