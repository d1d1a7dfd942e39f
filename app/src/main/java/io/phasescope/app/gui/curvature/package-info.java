/**
 * The Curvature view: Hessian spectra along the sweep open in the Phase-diagram view (computed in the
 * background into its {@code spectra.csv}, resumable), a report relating each transition to the nearest zero
 * crossing of λ_min(∇²L_λ), the spectral density of one kept model, and a lesson on the exactly solvable deep
 * linear toy models. {@link io.phasescope.app.gui.curvature.CurvatureViewModel} holds the state (no nodes) and
 * is tested headless; {@link io.phasescope.app.gui.curvature.CurvatureView} shows it.
 */
package io.phasescope.app.gui.curvature;
