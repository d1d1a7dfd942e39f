package io.phasescope.model.sweep;

import java.util.Objects;

/**
 * A walk of the sweeps shown, its branch aside: the variant of an overlaid sweep ({@link SweepPoint#variant}, empty
 * for none) and the seed. It names the walk for legends and texts ({@link #name}) and orders walks by variant, then
 * seed, for their colours and markers.
 *
 * @param variant the variant label, empty for none
 * @param seed the seed
 */
public record Walk(String variant, long seed) implements Comparable<Walk> {

    public Walk {
        Objects.requireNonNull(variant, "variant");
    }

    /** The walk of {@code p}. */
    public static Walk of(SweepPoint p) {
        return new Walk(p.variant(), p.seed());
    }

    /** The walk of {@code t}. */
    public static Walk of(Transition t) {
        return new Walk(t.variant(), t.seed());
    }

    /** The walk of {@code p}. */
    public static Walk of(Phase p) {
        return new Walk(p.variant(), p.seed());
    }

    /** {@code "seed 1"}, or {@code "lr 0.03 · seed 1"} with a variant. */
    public String name() {
        return (variant.isEmpty() ? "" : variant + " · ") + "seed " + seed;
    }

    @Override
    public int compareTo(Walk o) {
        int byVariant = variant.compareTo(o.variant);
        return byVariant != 0 ? byVariant : Long.compare(seed, o.seed);
    }
}
