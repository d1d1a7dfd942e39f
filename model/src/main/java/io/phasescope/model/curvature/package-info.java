/**
 * Curvature of the loss: Hessian spectra from exact Hessian-vector products.
 *
 * <p>L2 shifts the Hessian, ∇²L_λ = ∇²E + 2λI, so a concave direction of E (a negative eigenvalue)
 * becomes a saddle of L_λ while λ_min(∇²E) + 2λ &lt; 0: transitions happen where that crosses zero.
 * {@link io.phasescope.model.curvature.Lanczos} finds the largest and the smallest algebraic eigenvalues
 * (asked for explicitly, never by magnitude) with full reorthogonalization.
 */
package io.phasescope.model.curvature;
