/**
 * How the app starts: {@link io.phasescope.app.config.GuiConfig} carries the data folder, the sweeps folder, the
 * models to load and the workspace to open from the command line to the GUI, which {@link io.phasescope.app.Main} hands the command line as the
 * way to open the window, so that the command line itself depends on no GUI class; {@link
 * io.phasescope.app.config.AboutInfo} is what Help → About and {@code --version} report.
 * {@link io.phasescope.app.config.MemoryPreferences} are preferences kept in memory, for a window that must neither
 * read nor change the user's settings (the headless screenshot, the layout audit).
 */
package io.phasescope.app.config;
