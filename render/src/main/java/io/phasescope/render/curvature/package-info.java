/**
 * Headless charts of Hessian curvature, built from plain records: {@link io.phasescope.render.curvature.SpectraCharts}
 * draws the extreme eigenvalues along a sweep from its {@code spectra.csv} rows (a
 * {@link io.phasescope.render.curvature.SpectraDiagram}), {@link io.phasescope.render.curvature.DensityChart} the
 * spectral density of one model (stochastic Lanczos quadrature), and {@link io.phasescope.render.curvature.ToyCharts}
 * the exactly solvable deep linear toy models (their phase diagram in ‖w‖ against λ, and the loss along the
 * balanced direction at one λ). Eigenvalues are in nats per squared parameter unit.
 */
package io.phasescope.render.curvature;
