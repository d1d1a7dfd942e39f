package io.phasescope.app.curvature;

import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.model.curvature.SpectralDensity;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;

/**
 * The spectral density of ∇²L_λ of the model at one sweep point.
 *
 * @param root the sweep folder
 * @param point the sweep point (its λ is the one in L_λ)
 * @param density the SLQ density
 * @param images training examples E was averaged over
 * @param seconds wall time
 */
public record DensityResult(Path root, SweepPoint point, SpectralDensity density, int images, double seconds) {

    /** The chart title: which Hessian, where, on how many images. */
    public String title(LambdaUnit unit) {
        return "Spectral density of ∇²L_λ · " + point.branch().id() + " · seed " + point.seed() + " · "
                + PhaseFormat.lambda(point.lambda(), unit) + " · " + images + " images";
    }
}
