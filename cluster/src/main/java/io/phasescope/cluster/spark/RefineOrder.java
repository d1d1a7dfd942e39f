package io.phasescope.cluster.spark;

import java.io.Serializable;

/**
 * What the driver sends an executor to refine one transition of a finished sweep.
 *
 * @param folder the absolute path of the sweep folder on the shared filesystem
 * @param index the transition's index among those the detector finds in the folder (walking order)
 * @param tolerance the relative width of the refined bracket, in (0, 1)
 */
record RefineOrder(String folder, int index, double tolerance) implements Serializable {}
