/**
 * The Phase diagram's custom sweep: {@link io.phasescope.app.gui.sweepspec.SweepSpecForm} holds a whole sweep spec in
 * the Training tab's fields ({@link io.phasescope.app.gui.training.TrainingSettings}) plus the λ grid, until-trivial
 * and θ_ref; {@link io.phasescope.app.gui.sweepspec.WallTimeEstimator} reads θ_ref and measures the epoch time in the
 * background to estimate the sweep's wall time; {@link io.phasescope.app.gui.sweepspec.CustomSweep} composes both, and
 * {@link io.phasescope.app.gui.sweepspec.CustomSweepPane} shows them.
 */
package io.phasescope.app.gui.sweepspec;
