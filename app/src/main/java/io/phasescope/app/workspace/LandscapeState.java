package io.phasescope.app.workspace;

import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceQuantity;
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

    /**
     * The view's settings before the user chooses any: no models, random directions with zero bias directions, a 2-D
     * slice of the loss E at λ = 0.01, r = 1 at 41 × 41 points on 10 000 test images, seed 1, linear colours.
     */
    public static final LandscapeState DEFAULTS = new LandscapeState(
            null,
            null,
            null,
            DirectionKind.RANDOM.name(),
            Directions.BiasMode.ZERO.name(),
            1,
            true,
            SliceQuantity.Kind.LOSS.name(),
            0.01,
            0,
            1,
            41,
            10_000,
            false,
            null,
            List.of(),
            -1,
            0,
            null);

    public LandscapeState {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    /** The defaults with θ₀ = {@code origin}, model B = {@code modelB} (library names, null for none), on {@code subset} test images. */
    public static LandscapeState of(String origin, String modelB, int subset) {
        LandscapeState d = DEFAULTS;
        return new LandscapeState(
                origin,
                modelB,
                d.modelC,
                d.direction,
                d.biases,
                d.seed,
                d.twoDimensional,
                d.quantity,
                d.lambda,
                d.classIndex,
                d.range,
                d.resolution,
                subset,
                d.logScale,
                d.trajectoryFolder,
                d.paths,
                d.selectedPath,
                d.t,
                d.slice);
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
