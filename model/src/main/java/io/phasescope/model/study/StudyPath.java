package io.phasescope.model.study;

import io.phasescope.model.sweep.SweepGrid;
import java.io.Serializable;
import java.util.List;

/**
 * A path between two minima of a study, computed once both sweeps are done, one Spark task each, as {@code phasescope
 * path} computes it, where A is task {@code a}'s kept model at {@code lambda} on its up walk and B task {@code b}'s:
 * {@code linear}, θ(t) = (1 − t)θ_A + tθ_B at {@code resolution} points of t in [−0.25, 1.25] (and 0 and 1); {@code
 * bezier}, a quadratic Bézier curve whose control point is trained for {@code epochs} epochs with the default training
 * options and {@code seed} (as {@code path --kind bezier}), at {@code resolution} points of t in [0, 1]; or {@code
 * pathfinder}, the paper's L2 probe from A toward θ_ref = B over {@code grid} (MLPs only, the default training
 * options, as {@code path --kind pathfinder}).
 *
 * @param name the path's folder under {@code paths/}: 1 to 64 letters, digits, '.', '_' or '-'
 * @param a the id of the task whose model is A
 * @param b the id of the task whose model is B, another task of the same network
 * @param lambda the grid λ (λ units, ≥ 0) of both models, a point of both sweeps' grids
 * @param kind {@code linear}, {@code bezier} or {@code pathfinder}
 * @param resolution linear and bezier: points in t, 2 to 10001 ({@value #DEFAULT_RESOLUTION} for a pathfinder path,
 *     unused)
 * @param grid pathfinder: the λ grid of its walk, λ units; null for the other kinds
 * @param epochs bezier: the control point's training epochs, 1 to {@value #MAX_EPOCHS} ({@value #DEFAULT_EPOCHS}
 *     for the other kinds, unused)
 * @param seed bezier: the seed of the minibatch order and of t's draws ({@value #DEFAULT_SEED} for the other kinds,
 *     unused)
 */
public record StudyPath(
        String name,
        String a,
        String b,
        double lambda,
        String kind,
        int resolution,
        SweepGrid grid,
        int epochs,
        long seed)
        implements Serializable {

    /** The kinds of path. */
    public static final List<String> KINDS = List.of("linear", "bezier", "pathfinder");

    /** {@code path --kind pathfinder}'s default λ grid, 0 to 5e-6 in steps of 1e-7. */
    public static final SweepGrid PATHFINDER_GRID = SweepGrid.linear(0, 5e-6, 1e-7);

    /** {@code path}'s default resolution. */
    public static final int DEFAULT_RESOLUTION = 31;

    /** {@code path --kind bezier}'s default epochs. */
    public static final int DEFAULT_EPOCHS = 10;

    /** The most epochs of a Bézier path, as {@code path --epochs}. */
    public static final int MAX_EPOCHS = 100_000;

    /** {@code path}'s default seed. */
    public static final long DEFAULT_SEED = 1;

    public StudyPath {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("paths.name: 1 to 64 letters, digits, '.', '_' or '-', was " + name);
        }
        String field = "paths." + name;
        if (a == null || b == null || a.equals(b)) {
            throw new IllegalArgumentException(field + ".a, .b: two different task ids, were " + a + " and " + b);
        }
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException(field + ".lambda: must be >= 0 and finite, was " + lambda);
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException(field + ".kind: must be linear, bezier or pathfinder, was " + kind);
        }
        if (resolution < 2 || resolution > 10_001) {
            throw new IllegalArgumentException(field + ".resolution: must be in [2, 10001], was " + resolution);
        }
        if (kind.equals("pathfinder") != (grid != null)) {
            throw new IllegalArgumentException(field + ".grid: goes with a pathfinder path, which needs one");
        }
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException(field + ".epochs: must be in [1, " + MAX_EPOCHS + "], was " + epochs);
        }
    }
}
