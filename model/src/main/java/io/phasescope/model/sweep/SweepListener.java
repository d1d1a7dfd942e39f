package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.EpochMetrics;

/**
 * Receives a sweep's progress on its worker threads (several at once when seeds run concurrently).
 * Implementations must be thread-safe and return quickly.
 */
public interface SweepListener {

    /** A step starts training at λ. */
    default void onStepStarted(Branch branch, long seed, double lambda) {}

    /** An epoch of the current step ended. */
    default void onEpoch(Branch branch, long seed, EpochMetrics metrics) {}

    /** A step completed and its point is on disk. {@code done} of {@code total} steps are complete. */
    default void onPoint(SweepPoint point, int done, int total) {}

    /**
     * The until-trivial extension grew the grid to end at {@code lambdaTo}, because seed {@code seed}'s up branch
     * is not yet in the trivial phase ({@code why} says where it stands).
     */
    default void onGridExtended(long seed, double lambdaTo, String why) {}

    /** A listener that ignores everything. */
    static SweepListener none() {
        return new SweepListener() {};
    }
}
