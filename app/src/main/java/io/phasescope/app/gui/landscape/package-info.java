/**
 * The landscape explorer: slices of E, L_λ, the error or one class's error around a library model (heat map
 * with contours, 1D curve, rotatable 3D surface), computed in the background coarse to fine and cached;
 * library models projected onto the plane; a probe that evaluates the model under the mouse; and paths
 * between two minima (linear, Bézier, optionally aligned by weight matching) overlaid, with a t slider.
 */
package io.phasescope.app.gui.landscape;
