package io.phasescope.app.landscape;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.sweep.SweepTrajectory;

/**
 * Everything that determines a slice, and so the key of the slice cache. Models compare by identity of their
 * parameters (library models never change).
 *
 * @param origin θ₀
 * @param b model B (toward and plane directions), else null
 * @param c model C (plane), else null
 * @param direction how d₁ and d₂ are chosen
 * @param biases whether random directions keep bias components
 * @param seed seed of random directions
 * @param twoDimensional 2D heat map or 1D curve
 * @param range half-width r of each axis: [−r, r] around θ₀ for random directions, [½ − r, ½ + r] along
 *     model-anchored axes so that θ₀ (0) and B or C (1) are both in view
 * @param resolution points per axis, 2 to 101
 * @param quantity what is evaluated
 * @param subset test images evaluated
 * @param trajectory the walk whose principal components are the directions ({@link DirectionKind#PCA}), else null
 */
public record SliceRequest(
        LibraryModel origin,
        LibraryModel b,
        LibraryModel c,
        DirectionKind direction,
        Directions.BiasMode biases,
        long seed,
        boolean twoDimensional,
        double range,
        int resolution,
        SliceQuantity quantity,
        int subset,
        SweepTrajectory trajectory) {

    public SliceRequest {
        if (origin == null || direction == null || biases == null || quantity == null) {
            throw new IllegalArgumentException("origin, direction, biases and quantity must be given");
        }
        if (!(range > 0) || !Double.isFinite(range)) {
            throw new IllegalArgumentException("range must be positive, was " + range);
        }
    }

    /** The centre of the a axis: ½ when a = 1 is another model, else 0. */
    double aCentre() {
        return direction == DirectionKind.TOWARD || direction == DirectionKind.PLANE ? 0.5 : 0;
    }

    /** The centre of the b axis: ½ when b = 1 is model C, else 0. */
    double bCentre() {
        return direction == DirectionKind.PLANE ? 0.5 : 0;
    }
}
