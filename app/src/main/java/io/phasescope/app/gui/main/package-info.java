/**
 * The main window: menus, the Training view, an error banner and the status bar, with the
 * {@link io.phasescope.app.gui.main.MainViewModel} for the theme and quitting.
 */
package io.phasescope.app.gui.main;
