package io.phasescope.model.landscape;

/** Receives snapshots of a slice as it sharpens, on the computing threads; return quickly. */
@FunctionalInterface
public interface SliceListener {

    /**
     * A level of refinement finished, or a quarter second passed within one; {@code grid} is an immutable
     * snapshot. Called from the computing threads: implementations must be thread-safe.
     */
    void onLevel(SliceGrid grid);
}
