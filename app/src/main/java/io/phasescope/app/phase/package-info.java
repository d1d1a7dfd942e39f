/**
 * The Phase-diagram feature without a screen: the sweeps offered ({@link io.phasescope.app.phase.SweepChoice}), the
 * {@link io.phasescope.app.phase.SweepJob} that runs or resumes one with the model's Pathfinder and reports every
 * step as a {@link io.phasescope.app.phase.SweepEvent}, the {@link io.phasescope.app.phase.WriterFollower} that
 * re-reads the folders shown that other processes are writing, and the work on a sweep's models on worker threads
 * ({@link io.phasescope.app.phase.ModelInspector}: the {@link io.phasescope.app.phase.ModelAtLambda} at a point, from
 * its stored details through the {@link io.phasescope.app.phase.PointDetailsCache} or its kept parameters, and
 * probes between grid points). {@link io.phasescope.app.phase.BranchKey} names a walk,
 * {@link io.phasescope.app.phase.GridPosition} maps the λ slider onto the grid, and
 * {@link io.phasescope.app.phase.PhaseFormat} writes λ, transitions and phases as text. The view models that use
 * them live in {@code io.phasescope.app.gui.phase}.
 */
package io.phasescope.app.phase;
