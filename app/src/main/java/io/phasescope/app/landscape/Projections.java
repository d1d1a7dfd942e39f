package io.phasescope.app.landscape;

import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceAxes;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Coordinates (a, b) of parameter vectors on the current slice, remembered per vector so that redrawing the
 * overlay (at up to 30 Hz while t is scrubbed) does not redo the dot products over all parameters. Reset when
 * the slice's origin or directions change. UI thread only.
 */
public final class Projections {

    private final Map<float[], double[]> known = new IdentityHashMap<>();
    private float[] origin;
    private SliceAxes axes;

    /** Forgets the remembered coordinates unless {@code newOrigin} and {@code newAxes} are the current ones. */
    public void onto(float[] newOrigin, SliceAxes newAxes) {
        if (newOrigin != origin || newAxes != axes) {
            known.clear();
            origin = newOrigin;
            axes = newAxes;
        }
    }

    /** (a, b) of {@code theta}: its projection onto the plane, or onto d₁ (b = 0) for a 1D slice. */
    public double[] of(float[] theta) {
        if (axes == null) {
            throw new IllegalStateException("no slice to project onto");
        }
        return known.computeIfAbsent(
                theta,
                t -> axes.isOneDimensional()
                        ? new double[] {along(t), 0}
                        : Directions.project(t, origin, axes.d1(), axes.d2()));
    }

    private double along(float[] theta) {
        double dot = 0;
        double norm = 0;
        float[] d = axes.d1();
        for (int i = 0; i < theta.length; i++) {
            dot += (theta[i] - (double) origin[i]) * d[i];
            norm += (double) d[i] * d[i];
        }
        return dot / norm;
    }
}
