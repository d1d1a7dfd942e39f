package io.phasescope.app.phase;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;

/**
 * One walk of a sweep: a branch and a seed.
 *
 * @param branch up, down or cold
 * @param seed the seed of initialization and shuffling
 */
public record BranchKey(Branch branch, long seed) {

    public BranchKey {
        if (branch == null) {
            throw new IllegalArgumentException("branch must be given");
        }
    }

    /** The walk {@code point} belongs to. */
    public static BranchKey of(SweepPoint point) {
        return new BranchKey(point.branch(), point.seed());
    }

    /** Whether {@code point} belongs to this walk. */
    public boolean contains(SweepPoint point) {
        return point.branch() == branch && point.seed() == seed;
    }

    @Override
    public String toString() {
        return branch.id() + " · seed " + seed;
    }
}
