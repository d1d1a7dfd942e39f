/**
 * Pathfinder sweeps: warm-started continuation in the L2 strength λ (the paper's algorithm).
 *
 * <p>At each λ of a grid the sweep keeps the previous step's weights, resets Adam, trains to
 * convergence and records a {@link io.phasescope.model.sweep.SweepPoint}. With θ_ref = 0, accuracy
 * falls in first-order jumps between plateaus (phases) as λ rises; sweeping back down shows
 * hysteresis. With θ_ref = another minimum the same loop traces a path between minima.
 *
 * <p>A sweep lives in a folder ({@link io.phasescope.model.sweep.SweepFolder}): {@code sweep.json}
 * (what was asked), {@code points.csv} (one fsync'ed line per completed step), {@code state/} (the
 * latest parameters of each branch, for resumption) and {@code params/} (kept parameters). Running a
 * sweep again on its folder resumes after the last completed step with identical results.
 */
package io.phasescope.model.sweep;
