package io.phasescope.model.sweep;

/**
 * How a transition was found. A <b>full</b> transition is a first-order jump of ‖θ‖ and E between two
 * neighbouring points ({@link TransitionDetector}); a <b>partial</b> one is a smaller shift of ‖θ‖ and E,
 * spread over a few points, in which one or a few classes are largely lost while the rest survive
 * ({@link PartialTransitionDetector}): the finest level of the hierarchy.
 */
public enum TransitionKind {
    FULL,
    PARTIAL;

    /** The word used in files and command output: {@code full} or {@code partial}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind named by {@link #id()}. */
    public static TransitionKind parse(String id) {
        for (TransitionKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("transition kind must be full or partial, was '" + id + "'");
    }
}
