package io.phasescope.model.landscape;

import io.phasescope.model.net.Architecture;

/**
 * A 1D or 2D slice θ₀ + a·d₁ + b·d₂ to evaluate.
 *
 * @param architecture the network
 * @param origin θ₀
 * @param d1 first direction
 * @param d2 second direction, or {@code null} for a 1D slice
 * @param aMin first a
 * @param aMax last a (&gt; aMin)
 * @param bMin first b (ignored in 1D)
 * @param bMax last b (ignored in 1D)
 * @param resolution points per axis, 2 to {@value #MAX_RESOLUTION}
 * @param quantity what to evaluate
 */
public record SliceSpec(
        Architecture architecture,
        float[] origin,
        float[] d1,
        float[] d2,
        double aMin,
        double aMax,
        double bMin,
        double bMax,
        int resolution,
        SliceQuantity quantity) {

    public static final int MAX_RESOLUTION = 101;

    public SliceSpec {
        int n = architecture.parameterCount();
        for (float[] v : new float[][] {origin, d1}) {
            if (v == null || v.length != n) {
                throw new IllegalArgumentException("origin and d1 must hold " + n + " values");
            }
        }
        if (d2 != null && d2.length != n) {
            throw new IllegalArgumentException("d2 must hold " + n + " values, held " + d2.length);
        }
        if (!(aMax > aMin) || (d2 != null && !(bMax > bMin))) {
            throw new IllegalArgumentException(
                    "ranges must be increasing, were a [" + aMin + ", " + aMax + "], b [" + bMin + ", " + bMax + "]");
        }
        if (resolution < 2 || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("resolution must be in [2, " + MAX_RESOLUTION + "], was " + resolution);
        }
    }

    /** Whether the slice has one direction. */
    public boolean isOneDimensional() {
        return d2 == null;
    }

    /** The a (or b) value of grid index i. */
    public double a(int i) {
        return aMin + (aMax - aMin) * i / (resolution - 1);
    }

    public double b(int j) {
        return bMin + (bMax - bMin) * j / (resolution - 1);
    }
}
