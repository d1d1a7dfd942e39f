package io.phasescope.model.landscape;

import io.phasescope.model.net.NetworkSpec;

/**
 * The directions of a slice θ₀ + a·d₁ + b·d₂ and what their coordinates mean.
 *
 * @param d1 first direction
 * @param d2 second direction, {@code null} for a 1D slice
 * @param aLabel axis label of a
 * @param bLabel axis label of b (empty for a 1D slice)
 */
public record SliceAxes(float[] d1, float[] d2, String aLabel, String bLabel) {

    private static final String RANDOM_A = "a (filter-normalized d₁)";
    private static final String RANDOM_B = "b (filter-normalized d₂)";

    /**
     * The directions of {@code kind} around {@code origin}.
     *
     * @param b model B, needed by {@link DirectionKind#TOWARD} and {@link DirectionKind#PLANE}
     * @param c model C, needed by {@link DirectionKind#PLANE}
     * @param seed seed of random directions (d₂ uses seed + 1)
     * @param twoDimensional whether to return d₂
     */
    public static SliceAxes of(DirectionKind kind, NetworkSpec spec, float[] origin, float[] b, float[] c, long seed,
            Directions.BiasMode biases, boolean twoDimensional) {
        SliceAxes axes = switch (kind) {
            case RANDOM -> new SliceAxes(Directions.filterNormalized(spec, origin, seed, biases),
                    Directions.filterNormalized(spec, origin, seed + 1, biases), RANDOM_A, RANDOM_B);
            case TOWARD -> new SliceAxes(Directions.toward(origin, required(b, "B", kind)),
                    Directions.filterNormalized(spec, origin, seed, biases), "a (θ₀ → B: 1 = B)", RANDOM_B);
            case PLANE -> {
                Directions.Plane plane = Directions.plane(origin, required(b, "B", kind), required(c, "C", kind));
                yield new SliceAxes(plane.d1(), plane.d2(), "a (θ₀ → B: 1 = B)", "b (toward C, orthogonal to B − θ₀)");
            }
        };
        return twoDimensional ? axes : new SliceAxes(axes.d1, null, axes.aLabel, "");
    }

    /** Whether the slice has one direction. */
    public boolean isOneDimensional() {
        return d2 == null;
    }

    private static float[] required(float[] model, String name, DirectionKind kind) {
        if (model == null) {
            throw new IllegalArgumentException("model " + name + " is required for " + kind.id() + " directions");
        }
        return model;
    }
}
