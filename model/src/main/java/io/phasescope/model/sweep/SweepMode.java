package io.phasescope.model.sweep;

import java.util.List;
import java.util.Locale;

/** The direction(s) a sweep walks λ. */
public enum SweepMode {
    /** λ ascending, each step warm-started from the previous. */
    UP(List.of(Branch.UP)),
    /** λ descending from the top of the grid, warm-started. */
    DOWN(List.of(Branch.DOWN)),
    /** Up, then down starting from the up branch's last model: the hysteresis loop. */
    UPDOWN(List.of(Branch.UP, Branch.DOWN)),
    /** Every λ trained independently from the same initialization, for comparison. */
    COLD(List.of(Branch.COLD));

    private final List<Branch> branches;

    SweepMode(List<Branch> branches) {
        this.branches = branches;
    }

    /** The branches this mode runs, in order. */
    public List<Branch> branches() {
        return branches;
    }

    /** Parses {@code up|down|updown|cold}, case-insensitively. */
    public static SweepMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("mode must be up, down, updown or cold, was '" + text + "'", e);
        }
    }

    /** One walk over the grid. */
    public enum Branch {
        UP,
        DOWN,
        COLD;

        /** The name used in files: {@code up}, {@code down}, {@code cold}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses {@link #id()}. */
        public static Branch parse(String id) {
            try {
                return valueOf(id.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("branch must be up, down or cold, was '" + id + "'", e);
            }
        }
    }
}
