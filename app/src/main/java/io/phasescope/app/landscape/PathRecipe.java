package io.phasescope.app.landscape;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.landscape.WeightMatching;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleFunction;

/**
 * How a path was made — enough to rebuild θ(t) from its endpoints without computing it again, when a workspace
 * is opened.
 *
 * @param control a Bézier path's trained control point (with B aligned if {@code align}), else null
 * @param folder a Pathfinder path's sweep folder, else null
 */
public record PathRecipe(PathKind kind, LibraryModel a, LibraryModel b, boolean align, float[] control, Path folder) {

    /** B as the path's end: aligned to A by weight matching if asked. */
    float[] endpoint() {
        return align ? WeightMatching.align(a.spec(), a.theta(), b.theta()) : b.theta();
    }

    /** The path named {@code name} with the saved {@code profile}, θ(t) rebuilt. */
    public PathResult rebuild(String name, PathProfile profile) throws IOException {
        float[] thetaB = endpoint();
        DoubleFunction<float[]> theta = switch (kind) {
            case LINEAR -> t -> LinearPath.at(a.theta(), thetaB, t);
            case BEZIER -> t -> BezierPath.at(a.theta(), control, thetaB, t);
            case PATHFINDER -> PathfinderPath.reopen(folder, a.theta(), thetaB, profile)::at;
        };
        return new PathResult(name, a.spec(), profile, theta, this);
    }
}
