package io.phasescope.app.landscape;

import io.phasescope.model.landscape.PathProfile;

/**
 * A running Pathfinder path after a step.
 *
 * @param message one line for the status bar
 * @param soFar the steps walked so far, as a profile along t
 */
public record PathProgress(String message, PathProfile soFar) {}
