/**
 * Exactly solvable toy models of L2-induced phase transitions (Ziyin and Ueda 2022, "Exact solutions of a
 * deep linear network").
 *
 * <p>A scalar deep linear network y = w_D⋯w_1·x fitted with L2 on every weight. With E[x²] = 1 and
 * s = E[xy] &gt; 0 its objective is, up to the constant ½(E[y²] − s²),
 * <pre>L_λ(w) = ½(s − w_1⋯w_D)² + λ·Σ w_i²</pre>
 * (λ in Phasescope's units, weight decay β = 2λ). Any minimizer is balanced, |w_i| equal (for a fixed
 * product, Σ w_i² is smallest when all factors have the same size), so the phase diagram follows from
 * one variable w ≥ 0: g(w) = ½(s − w^D)² + Dλw². Its non-zero stationary points solve
 * w^(D−2)(s − w^D) = 2λ.
 * <ul>
 *   <li>Depth 2: w² = s − 2λ, which reaches 0 continuously at λ_c = s/2 (a second-order transition);
 *       there the trivial point w = 0 turns from a saddle (Hessian eigenvalues 2λ ± s) into the minimum.</li>
 *   <li>Depth D ≥ 3: the origin is a local minimum for every λ &gt; 0 (its Hessian is 2λI). A non-zero
 *       minimum and a saddle exist up to the fold λ_fold = ½·w_p^(D−2)(s − w_p^D), w_p^D = s(D−2)/(2D−2),
 *       where they merge; the global minimum jumps from w_c = (s(D−2)/(D−1))^(1/D) to 0 earlier, at
 *       λ_c = ½·w_c^(D−2)·s/(D−1) (a first-order transition; depth 3: λ_c = (s/4)(s/2)^(1/3),
 *       λ_fold = (3s/8)(s/4)^(1/3)). Between them lies the hysteresis loop: raising λ from a trained
 *       network keeps the non-zero minimum up to λ_fold, lowering it from the origin stays there.</li>
 * </ul>
 * Results are records of plain arrays, for tests and the in-app lesson.
 */
package io.phasescope.model.toy;
