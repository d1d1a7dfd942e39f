package io.phasescope.model.curvature;

import io.phasescope.model.sweep.PointKey;
import io.phasescope.model.sweep.SweepMode.Branch;

/**
 * The Hessian spectrum at one sweep point: extreme eigenvalues of ∇²E (nats per squared parameter unit),
 * from which those of ∇²L_λ = ∇²E + 2λI follow by adding 2λ.
 *
 * @param branch the sweep branch of the point
 * @param seed the sweep seed of the point
 * @param lambda L2 strength λ of the point (β = 2λ)
 * @param top largest eigenvalues of ∇²E, descending (may be empty)
 * @param bottom smallest eigenvalues of ∇²E, ascending (may be empty)
 * @param trace Hutchinson estimate of tr ∇²E, NaN when not computed
 * @param traceError standard error of {@code trace}, NaN when not computed
 * @param iterations Lanczos steps taken
 * @param converged whether every requested eigenvalue met the tolerance
 * @param images examples E was averaged over
 * @param seconds wall time of the computation
 */
public record PointSpectrum(
        Branch branch,
        long seed,
        double lambda,
        double[] top,
        double[] bottom,
        double trace,
        double traceError,
        int iterations,
        boolean converged,
        int images,
        double seconds) {

    /** Which sweep point this spectrum is of. */
    public PointKey key() {
        return new PointKey(branch, seed, lambda);
    }

    /** Weight decay β = 2λ. */
    public double weightDecay() {
        return 2 * lambda;
    }

    /** λ_max(∇²E), NaN when no top eigenvalue was asked for. */
    public double maxE() {
        return top.length > 0 ? top[0] : Double.NaN;
    }

    /** λ_min(∇²E), NaN when no bottom eigenvalue was asked for. */
    public double minE() {
        return bottom.length > 0 ? bottom[0] : Double.NaN;
    }

    /** λ_max(∇²L_λ) = λ_max(∇²E) + 2λ. */
    public double maxL() {
        return maxE() + 2 * lambda;
    }

    /** λ_min(∇²L_λ) = λ_min(∇²E) + 2λ: negative at a saddle of L_λ. */
    public double minL() {
        return minE() + 2 * lambda;
    }

    /**
     * The index of L_λ among the computed eigenvalues: how many of {@code bottom} + 2λ are below zero
     * (strictly; a lower bound on the true index when it exceeds {@code bottom.length}).
     */
    public int index() {
        int count = 0;
        for (double value : bottom) {
            if (value + 2 * lambda < 0) {
                count++;
            }
        }
        return count;
    }
}
