/**
 * The Phasescope application: {@link io.phasescope.app.Main} starts the command line, which opens the
 * JavaFX app when run without a subcommand. Sub-packages: {@code cli} (commands) and {@code gui} (views,
 * view models and background services).
 */
package io.phasescope.app;
