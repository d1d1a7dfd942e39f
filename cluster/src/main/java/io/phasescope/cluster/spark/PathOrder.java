package io.phasescope.cluster.spark;

import io.phasescope.model.study.StudyPath;
import java.io.Serializable;

/**
 * What the driver sends an executor for one path of a study.
 *
 * @param sweepJson task A's sweep spec in the sweep.json format, with the data folder the executors read
 * @param folderA the absolute path of task A's sweep folder
 * @param folderB the absolute path of task B's sweep folder
 * @param out the absolute path of the path's folder
 * @param path the path
 */
record PathOrder(String sweepJson, String folderA, String folderB, String out, StudyPath path)
        implements Serializable {}
