/**
 * Charts of the loss landscape: heat maps of 2D slices θ₀ + a·d₁ + b·d₂ with contour lines, a colour bar
 * (linear or logarithmic) and projected models and trajectories; curves of 1D slices; and metrics along
 * paths between two minima (linear, Bézier, Pathfinder), several overlaid. Built from the immutable records
 * of {@code io.phasescope.model.landscape}, headless.
 */
package io.phasescope.render.landscape;
