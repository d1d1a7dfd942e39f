/**
 * The landscape explorer without a screen. Slices: a {@link io.phasescope.app.landscape.SliceRequest} (everything
 * that determines a slice, and the key of the {@link io.phasescope.app.landscape.SliceCache}) is computed coarse to
 * fine by a {@link io.phasescope.app.landscape.SliceJob} into {@link io.phasescope.app.landscape.SliceResult}s, whose
 * grids {@link io.phasescope.app.landscape.SliceFiles} packs for workspaces. Paths between two library models: a
 * {@link io.phasescope.app.landscape.PathJob} (linear, Bézier or Pathfinder, {@link
 * io.phasescope.app.landscape.PathKind}) reports {@link io.phasescope.app.landscape.PathProgress} and ends in a
 * {@link io.phasescope.app.landscape.PathResult}, whose {@link io.phasescope.app.landscape.PathRecipe} rebuilds θ(t)
 * when a workspace is opened and whose {@link io.phasescope.app.landscape.PathSummary} is one status line. Probes:
 * {@link io.phasescope.app.landscape.ModelProbe} evaluates one parameter vector into a
 * {@link io.phasescope.app.landscape.ProbeResult}; {@link io.phasescope.app.landscape.Projections} remembers where
 * vectors fall on the current plane. All of them evaluate on the {@link io.phasescope.app.landscape.LandscapeData}.
 * The view models that use them live in {@code io.phasescope.app.gui.landscape}.
 */
package io.phasescope.app.landscape;
