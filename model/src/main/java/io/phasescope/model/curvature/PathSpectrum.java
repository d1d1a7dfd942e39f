package io.phasescope.model.curvature;

/**
 * The Hessian spectrum of E at one point θ(t) of a path between two minima (no L2 term: along a path E
 * itself is the landscape). Eigenvalues are in nats per squared parameter unit.
 *
 * @param t the path parameter (0 = A, 1 = B; a linear path also samples outside [0, 1])
 * @param top largest eigenvalues of ∇²E, descending (may be empty)
 * @param bottom smallest eigenvalues of ∇²E, ascending (may be empty)
 * @param trace Hutchinson estimate of tr ∇²E, NaN when not computed
 * @param traceError standard error of {@code trace}, NaN when not computed
 * @param iterations Lanczos steps taken
 * @param converged whether every requested eigenvalue met the tolerance
 * @param images examples E was averaged over
 * @param seconds wall time of the computation
 */
public record PathSpectrum(
        double t,
        double[] top,
        double[] bottom,
        double trace,
        double traceError,
        int iterations,
        boolean converged,
        int images,
        double seconds) {

    /** λ_max(∇²E), NaN when no top eigenvalue was asked for. */
    public double maxE() {
        return top.length > 0 ? top[0] : Double.NaN;
    }

    /** λ_min(∇²E), NaN when no bottom eigenvalue was asked for: negative where E curves down (a saddle region). */
    public double minE() {
        return bottom.length > 0 ? bottom[0] : Double.NaN;
    }

    /** How many computed eigenvalues of ∇²E are below zero (a lower bound on the index when all bottom ones are). */
    public int index() {
        int count = 0;
        for (double value : bottom) {
            if (value < 0) {
                count++;
            }
        }
        return count;
    }
}
