package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;

/**
 * Which grid point of a sweep a row is about: its walk (branch and seed) and its λ, compared exactly (records
 * compare doubles by {@link Double#compare}). Rows of {@code points.csv}, {@code spectra.csv} and kept parameters
 * of one point share it, since λ is written and read back bit for bit.
 *
 * @param branch the walk's branch
 * @param seed the walk's seed
 * @param lambda L2 strength λ of the point
 */
public record PointKey(Branch branch, long seed, double lambda) {}
