/**
 * The model library: the named models of a session (trained runs, models kept by sweeps, models loaded
 * from folders, several minima trained with different seeds in one action) that the landscape explorer
 * picks as θ₀, A, B, C or θ_ref.
 */
package io.phasescope.app.gui.library;
