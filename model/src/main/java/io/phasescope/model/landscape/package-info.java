/**
 * Loss landscapes and paths between minima.
 *
 * <p>A slice evaluates a quantity (E, L_λ, error, one class's error) at θ₀ + a·d₁ + b·d₂ over a grid
 * ({@link io.phasescope.model.landscape.SliceComputer}, progressive from coarse to fine, both cores).
 * Directions ({@link io.phasescope.model.landscape.Directions}) are filter-normalized random vectors
 * (Li et al. 2018), the vector toward another model, the plane through three models, or the principal
 * components of a trajectory. Paths join two minima A and B: the straight line
 * ({@link io.phasescope.model.landscape.LinearPath}), a trained quadratic Bézier curve
 * ({@link io.phasescope.model.landscape.BezierPath}, Garipov et al. 2018) and the paper's Pathfinder
 * path (the sweep engine with θ_ref = B). {@link io.phasescope.model.landscape.WeightMatching}
 * permutes B's hidden units to A's (Ainsworth et al. 2023) without changing B's function.
 */
package io.phasescope.model.landscape;
