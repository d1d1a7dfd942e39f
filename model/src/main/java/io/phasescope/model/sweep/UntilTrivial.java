package io.phasescope.model.sweep;

/**
 * Whether an up branch keeps walking past the end of its λ grid until the network reaches the trivial phase, so
 * that a hierarchy is never cut off before its last level. Past the grid, the walk goes on with the grid's step
 * until {@link #TRIVIAL_POINTS} consecutive points are trivial ({@link Phase#isTrivial(SweepPoint)}), or until
 * λ would pass {@code capLambda}. Linear grids only (a log grid's values could not grow bit-identically).
 *
 * @param enabled whether to extend
 * @param capLambda the largest λ the extension may reach, ≥ the grid's end; NaN when disabled
 */
public record UntilTrivial(boolean enabled, double capLambda) {

    /** How many consecutive trivial points end the extension. */
    public static final int TRIVIAL_POINTS = 5;
    /** The default cap: this many times the grid's end. */
    public static final double DEFAULT_CAP_FACTOR = 10;

    public UntilTrivial {
        if (enabled && !(capLambda > 0 && Double.isFinite(capLambda))) {
            throw new IllegalArgumentException("the until-trivial cap must be a finite λ > 0, was " + capLambda);
        }
    }

    /** No extension. */
    public static UntilTrivial off() {
        return new UntilTrivial(false, Double.NaN);
    }

    /** Extension up to {@link #DEFAULT_CAP_FACTOR} times the end of {@code grid}. */
    public static UntilTrivial upTo10TimesTheEndOf(SweepGrid grid) {
        return new UntilTrivial(true, DEFAULT_CAP_FACTOR * Math.max(grid.stop(), grid.step()));
    }

    /**
     * The number of points the extended grid may reach at most: every λ of {@code grid}'s step up to the cap.
     *
     * @throws IllegalArgumentException for a log grid, a cap below the grid's end, or more than
     *     {@link SweepGrid#MAX_POINTS} points
     */
    public int maxPoints(SweepGrid grid) {
        if (!enabled) {
            return grid.values().length;
        }
        if (grid.isLog()) {
            throw new IllegalArgumentException("--until-trivial extends linear λ grids only; this grid is logarithmic");
        }
        if (capLambda < grid.stop()) {
            throw new IllegalArgumentException(
                    "the until-trivial cap λ = " + capLambda + " lies below the grid's end " + grid.stop());
        }
        long points = (long) Math.floor((capLambda - grid.start()) / grid.step() + 1e-9) + 1;
        if (points > SweepGrid.MAX_POINTS) {
            throw new IllegalArgumentException("the until-trivial cap λ = " + capLambda + " needs " + points
                    + " grid points, more than " + SweepGrid.MAX_POINTS + "; lower the cap or widen the step");
        }
        return (int) Math.max(points, grid.values().length);
    }
}
