/**
 * Curvature of the loss: Hessian spectra, traces and spectral densities from exact Hessian-vector products.
 *
 * <p>L2 shifts the Hessian, ∇²L_λ = ∇²E + 2λI, so a concave direction of E (a negative eigenvalue)
 * becomes a saddle of L_λ while λ_min(∇²E) + 2λ &lt; 0: transitions happen where that crosses zero.
 * {@link io.phasescope.model.curvature.Lanczos} finds the largest and the smallest algebraic eigenvalues
 * (asked for explicitly: a largest-magnitude set alone misses small negative ones) and, if asked, those of largest
 * magnitude, with full reorthogonalization;
 * {@link io.phasescope.model.curvature.Hutchinson} estimates the trace and
 * {@link io.phasescope.model.curvature.StochasticLanczosQuadrature} the whole spectral density, both from
 * Rademacher probes. {@link io.phasescope.model.curvature.SweepSpectra} measures them at every kept point of a
 * sweep ({@code spectra.csv}; {@link io.phasescope.model.curvature.PlacedSpectrum} joins its rows with the
 * points' ‖θ‖ and ‖θ − θ_ref‖), {@link io.phasescope.model.curvature.PathSpectra} at every t of a path between
 * two minima ({@code path-spectra.csv}), and {@link io.phasescope.model.curvature.MagnitudeSpectra} the eigenvalues
 * of largest magnitude at chosen kept points on the full training set or subsets of it (a resumable CSV file;
 * {@link io.phasescope.model.curvature.SubsetSpread} summarizes its spread over subset seeds). Eigenvalues of a Hessian of E are in nats per squared parameter unit.
 */
package io.phasescope.model.curvature;
