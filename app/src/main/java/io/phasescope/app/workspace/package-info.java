/**
 * Workspaces without a screen: the {@link io.phasescope.app.workspace.WorkspaceState} manifest (models, the
 * Phase-diagram, Landscape and Curvature views' settings), its JSON and binary entries
 * ({@link io.phasescope.app.workspace.WorkspaceCodec}), the crash-safe zip file
 * ({@link io.phasescope.app.workspace.WorkspaceArchive}), sweeps embedded in it
 * ({@link io.phasescope.app.workspace.EmbeddedSweep}) and the bundled demo. The GUI's workspace view model and the
 * {@code demo} command both build on it; nothing here uses JavaFX.
 */
package io.phasescope.app.workspace;
