package io.phasescope.app.landscape;

/** The paths between two minima the explorer computes. */
public enum PathKind {
    /** θ(t) = (1 − t)·θ_A + t·θ_B, t in [−0.25, 1.25]. */
    LINEAR("linear"),
    /** A quadratic Bézier curve whose control point is trained (Garipov et al. 2018), t in [0, 1]. */
    BEZIER("Bézier"),
    /** The paper's path: L2 toward B raised step by step from A, run as a resumable sweep, closed linearly to B. */
    PATHFINDER("Pathfinder");

    private final String label;

    PathKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
