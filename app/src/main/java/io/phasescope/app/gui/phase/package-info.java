/**
 * The Phase-diagram feature: run, resume or open a λ sweep and watch its phase diagram fill in live —
 * losses and accuracy against λ (or β = 2λ) and ‖θ‖, the up and down branches and seeds overlaid, per-class
 * small multiples and a class × λ heat map, with the detected transitions — then scrub the sweep with a λ
 * slider to see the model at each point (per-class bars, confusion matrix, sample predictions), and release
 * it between grid points to train a probe there.
 *
 * <p>{@link io.phasescope.app.gui.phase.PhaseViewModel} composes one view model per panel: settings, the sweep run
 * (a {@link io.phasescope.app.phase.SweepJob}, the model's Pathfinder, whose
 * {@link io.phasescope.app.phase.SweepEvent}s fill the {@link io.phasescope.app.gui.phase.ShownSweep} and its
 * {@link io.phasescope.render.phase.PhaseDiagram}), the λ scrubber, the model at λ and probes; {@link io.phasescope.app.phase.ModelInspector}
 * evaluates kept models and trains probes on worker threads; {@link io.phasescope.app.gui.phase.PhaseView}
 * shows it all with the headless charts of {@code io.phasescope.render.phase}. Events cross from the worker
 * threads through a queue drained at most 30 times a second; the UI thread never touches ND4J.
 */
package io.phasescope.app.gui.phase;
