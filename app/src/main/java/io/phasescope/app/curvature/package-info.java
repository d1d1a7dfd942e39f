/**
 * The Curvature feature without a screen: what a sweep folder holds for curvature
 * ({@link io.phasescope.app.curvature.SweepSnapshot}: its kept points and the rows of {@code spectra.csv}) and the
 * sweep the view follows ({@link io.phasescope.app.curvature.FollowedSweep}); the {@link
 * io.phasescope.app.curvature.SpectraJob} that computes the missing Hessian spectra and reports each row as a
 * {@link io.phasescope.app.curvature.SpectraEvent}; the {@link io.phasescope.app.curvature.DensityJob} behind a
 * {@link io.phasescope.app.curvature.DensityResult} (stochastic Lanczos quadrature at one kept point), both on the
 * training subset of {@link io.phasescope.app.curvature.CurvatureData}; the {@link
 * io.phasescope.app.curvature.CrossingReport} relating transitions to zero crossings of λ_min(∇²L_λ); and the
 * {@link io.phasescope.app.curvature.ToyReadout} sentences of the deep linear toy lesson. The view models that use
 * them live in {@code io.phasescope.app.gui.curvature}.
 */
package io.phasescope.app.curvature;
