package io.phasescope.model.landscape;

/** Receives snapshots of a slice as it sharpens, on a worker thread; return quickly. */
@FunctionalInterface
public interface SliceListener {

    /** A level of refinement (or the whole slice) finished; {@code grid} is an immutable snapshot. */
    void onLevel(SliceGrid grid);
}
