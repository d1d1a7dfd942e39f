package io.phasescope.app.workspace;

import io.phasescope.model.train.Precision;
import io.phasescope.render.curvature.SpectraAxis;

/**
 * The Curvature view as saved in a workspace: what the charts are drawn against, whether spectra follow the sweep
 * by themselves, and the settings' texts as typed (a text that no longer parses is restored as it was and shows its
 * error). The spectra themselves are the sweep's {@code spectra.csv}, which travels with the embedded sweep.
 *
 * @param axis a {@link SpectraAxis} name
 * @param automatic whether spectra are computed as points land
 * @param images training images of the Hessian (0 = all)
 * @param top how many of the largest eigenvalues
 * @param bottom how many of the smallest eigenvalues
 * @param tolerance Lanczos relative residual
 * @param steps Lanczos steps at most
 * @param traceProbes Hutchinson probes (0 = no trace)
 * @param densityProbes SLQ probes
 * @param densitySteps SLQ steps per probe
 * @param densityLog whether the density is drawn on a log axis
 * @param precision a {@link Precision#id()} of the spectra's Hessian-vector products; null (older files) is float
 */
public record CurvatureState(
        String axis,
        boolean automatic,
        String images,
        String top,
        String bottom,
        String tolerance,
        String steps,
        String traceProbes,
        String densityProbes,
        String densitySteps,
        boolean densityLog,
        String precision) {

    /** Checks what the Curvature view would refuse on restoring it, so that a bad file is refused before anything changes. */
    public CurvatureState validate() {
        if (axis != null) {
            try {
                SpectraAxis.valueOf(axis);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown spectra axis '" + axis + "' in the Curvature view", e);
            }
        }
        try {
            Precision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Curvature view: " + e.getMessage(), e);
        }
        return this;
    }
}
