/**
 * Workspaces: the session saved to one versioned file (a zip with a JSON manifest) and opened again — the
 * model library (each parameter vector stored once), the open sweep and the λ slider, the landscape's
 * settings, the paths between minima and the t slider. Saves are atomic; autosave and a recent-files list
 * keep work between runs; a corrupt, truncated or newer file is refused with a message and changes nothing.
 */
package io.phasescope.app.gui.workspace;
