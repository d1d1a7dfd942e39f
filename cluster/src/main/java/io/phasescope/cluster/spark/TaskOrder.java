package io.phasescope.cluster.spark;

import java.io.Serializable;

/**
 * What the driver sends an executor for one task: plain strings, so that nothing but this record is serialized.
 *
 * @param id the task id
 * @param sweepJson the task's sweep spec in the sweep.json format (one seed)
 * @param folder the absolute path of the task's sweep folder on the shared filesystem
 */
record TaskOrder(String id, String sweepJson, String folder) implements Serializable {}
