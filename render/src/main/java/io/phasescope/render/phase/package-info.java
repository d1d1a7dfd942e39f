/**
 * Headless charts of a λ sweep, built from plain records ({@link io.phasescope.render.phase.PhaseDiagram}:
 * sweep points, probes, transitions, the λ/β unit and a selected point):
 * {@link io.phasescope.render.phase.PhaseCharts} draws losses and accuracy against λ and ‖θ‖, the branches
 * and seeds overlaid, per-class small multiples and a class × λ heat map;
 * {@link io.phasescope.render.phase.ConfusionMatrixChart} draws one model's confusion matrix.
 * {@link io.phasescope.render.phase.BranchStyle} and {@link io.phasescope.render.phase.AccuracyScale} keep
 * the colours colour-blind safe.
 */
package io.phasescope.render.phase;
