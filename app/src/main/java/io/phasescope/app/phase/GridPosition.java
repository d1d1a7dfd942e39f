package io.phasescope.app.phase;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Positions of the λ slider: position {@code i} is grid point {@code i} (ascending λ), positions between
 * two grid points interpolate λ (linearly on a linear grid, geometrically on a log grid).
 */
public final class GridPosition {

    /** How far from a grid point, in grid steps, a released slider asks for a probe. */
    public static final double PROBE_DISTANCE = 0.2;

    private GridPosition() {}

    /** The grid index nearest to {@code position}, within the grid. */
    public static int nearest(double[] grid, double position) {
        return (int) Math.max(0, Math.min(grid.length - 1, Math.round(position)));
    }

    /** Whether {@code position} is far enough from every grid point to probe there. */
    public static boolean isBetween(double[] grid, double position) {
        return grid.length > 1
                && position > 0
                && position < grid.length - 1
                && Math.abs(position - Math.rint(position)) >= PROBE_DISTANCE;
    }

    /** λ at {@code position}. */
    public static double lambdaAt(double[] grid, double position, boolean log) {
        if (grid.length == 1 || position <= 0) {
            return grid[0];
        }
        if (position >= grid.length - 1) {
            return grid[grid.length - 1];
        }
        int i = (int) Math.floor(position);
        double f = position - i;
        if (log && grid[i] > 0) {
            return grid[i] * Math.pow(grid[i + 1] / grid[i], f);
        }
        return grid[i] + f * (grid[i + 1] - grid[i]);
    }

    /**
     * λ at {@code position} rounded to three significant digits, so that probes have short names, unless
     * rounding would land within a tenth of a step of a grid point.
     */
    public static double probeLambda(double[] grid, double position, boolean log) {
        double exact = lambdaAt(grid, position, log);
        if (exact == 0) {
            return exact;
        }
        double rounded = new BigDecimal(exact).round(new MathContext(3)).doubleValue();
        int i = (int) Math.floor(position);
        double next = grid[Math.min(grid.length - 1, i + 1)];
        double step = Math.abs(next - grid[i]);
        double distance = Math.min(Math.abs(rounded - grid[i]), Math.abs(rounded - next));
        return distance >= 0.1 * step ? rounded : exact;
    }
}
