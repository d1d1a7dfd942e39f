/**
 * The JavaFX desktop GUI of Phasescope. {@link io.phasescope.app.gui.GuiLauncher#launch} starts it;
 * {@link io.phasescope.app.gui.PhasescopeApp} is the composition root that creates the executor, the
 * view models and the main window. Features live in sub-packages as a view plus a view model: the view
 * models hold properties and commands but no nodes, and are tested without a screen.
 */
package io.phasescope.app.gui;
