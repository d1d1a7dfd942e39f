package io.phasescope.app.phase;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Walk;

/**
 * One walk of the sweeps shown: a branch, a seed and, when overlaid sweeps share seeds, the variant of the folder it
 * comes from ({@link SweepPoint#variant}).
 *
 * @param branch up, down or cold
 * @param seed the seed of initialization and shuffling
 * @param variant the variant label, empty for none
 */
public record BranchKey(Branch branch, long seed, String variant) {

    public BranchKey {
        if (branch == null || variant == null) {
            throw new IllegalArgumentException("branch and variant must be given, were " + branch + ", " + variant);
        }
    }

    /** A walk of a sweep shown without variants. */
    public BranchKey(Branch branch, long seed) {
        this(branch, seed, "");
    }

    /** The walk {@code point} belongs to. */
    public static BranchKey of(SweepPoint point) {
        return new BranchKey(point.branch(), point.seed(), point.variant());
    }

    /** Whether {@code point} belongs to this walk. */
    public boolean contains(SweepPoint point) {
        return point.branch() == branch
                && point.seed() == seed
                && point.variant().equals(variant);
    }

    /** {@code "up · seed 1"}, or {@code "up · lr 0.03 · seed 1"} with a variant. */
    @Override
    public String toString() {
        return branch.id() + " · " + new Walk(variant, seed).name();
    }
}
