package io.phasescope.render.landscape;

import java.util.List;

/**
 * What is drawn on top of a slice, in slice coordinates (a, b): named models as markers (θ₀, other minima,
 * the probe, the model at a path's t) and trajectories as lines (sweeps, training runs, paths projected onto
 * the plane).
 *
 * @param markers single models
 * @param trajectories polylines
 */
public record SliceOverlay(List<Marker> markers, List<Trajectory> trajectories) {

    /** Nothing drawn on top. */
    public static final SliceOverlay NONE = new SliceOverlay(List.of(), List.of());

    public SliceOverlay {
        markers = List.copyOf(markers);
        trajectories = List.copyOf(trajectories);
    }

    /**
     * A model at (a, b).
     *
     * @param name legend label
     * @param a coordinate along d₁
     * @param b coordinate along d₂ (0 on a 1D slice)
     */
    public record Marker(String name, double a, double b) {
        public Marker {
            if (name == null || name.isBlank() || !Double.isFinite(a) || !Double.isFinite(b)) {
                throw new IllegalArgumentException(
                        "a marker needs a name and finite coordinates, was '" + name + "' at (" + a + ", " + b + ")");
            }
        }
    }

    /**
     * A polyline through (a[k], b[k]).
     *
     * @param name legend label
     * @param a coordinates along d₁
     * @param b coordinates along d₂, as many as {@code a}
     */
    public record Trajectory(String name, double[] a, double[] b) {
        public Trajectory {
            if (name == null || name.isBlank() || a == null || b == null || a.length != b.length || a.length < 1) {
                throw new IllegalArgumentException(
                        "a trajectory needs a name and as many (>= 1) a as b values, was '" + name + "'");
            }
        }
    }
}
