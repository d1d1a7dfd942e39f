package io.phasescope.cluster.spark;

import io.phasescope.model.study.StudySpectra;
import java.io.Serializable;

/**
 * What the driver sends an executor for the spectrum at one kept point of a finished sweep.
 *
 * @param sweepJson the sweep's spec in the sweep.json format, with the data folder the executors read
 * @param sweepFolder the absolute path of the sweep folder on the shared filesystem
 * @param pointFolder the absolute path of the point's own folder (its lock and its one-row spectra.csv)
 * @param branch the point's walk, {@code up}, {@code down} or {@code cold}
 * @param seed the point's seed
 * @param index the point's grid index
 * @param spectra what to compute
 */
record SpectraOrder(
        String sweepJson,
        String sweepFolder,
        String pointFolder,
        String branch,
        long seed,
        int index,
        StudySpectra spectra)
        implements Serializable {}
