package io.phasescope.app.landscape;

import io.phasescope.model.landscape.SliceAxes;
import io.phasescope.model.landscape.SliceGrid;

/**
 * A slice being computed or done.
 *
 * @param request what was asked
 * @param axes its directions and axis labels
 * @param grid values so far (NaN where not yet evaluated)
 * @param seconds wall time so far
 */
public record SliceResult(SliceRequest request, SliceAxes axes, SliceGrid grid, double seconds) {

    /** The value at the grid point nearest to (a, b), NaN outside the grid or where not yet evaluated. */
    public double valueNear(double a, double b) {
        int i = nearest(grid.a(), a);
        int j = grid.b().length == 1 ? 0 : nearest(grid.b(), b);
        return i < 0 || j < 0 ? Double.NaN : grid.values()[j][i];
    }

    private static int nearest(double[] axis, double x) {
        double step = axis.length > 1 ? axis[1] - axis[0] : 1;
        int k = (int) Math.round((x - axis[0]) / step);
        return k < 0 || k >= axis.length ? -1 : k;
    }
}
