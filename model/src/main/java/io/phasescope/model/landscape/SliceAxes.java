package io.phasescope.model.landscape;

import io.phasescope.model.curvature.HessianOperator;
import io.phasescope.model.curvature.Lanczos;
import io.phasescope.model.curvature.Spectrum;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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
     * The axes of any {@code kind}: Hessian directions from {@code train} (stopped by {@code control}), principal
     * directions of the walk {@code trajectory} supplies (asked only for {@link DirectionKind#PCA}), the others as
     * {@link #of(DirectionKind, NetworkSpec, float[], float[], float[], long, Directions.BiasMode, boolean)} makes
     * them. The one place that tells the kinds apart, for the GUI and the command line alike.
     */
    public static SliceAxes choose(
            DirectionKind kind,
            NetworkSpec spec,
            float[] origin,
            float[] b,
            float[] c,
            Supplier<List<float[]>> trajectory,
            Dataset train,
            long seed,
            Directions.BiasMode biases,
            boolean twoDimensional,
            JobControl control) {
        return switch (kind) {
            case HESSIAN, HESSIAN_LOW ->
                hessian(spec, origin, train, seed, kind == DirectionKind.HESSIAN_LOW, twoDimensional, control);
            case PCA -> principal(origin, trajectory.get(), twoDimensional);
            default -> of(kind, spec, origin, b, c, seed, biases, twoDimensional);
        };
    }

    /**
     * The directions of {@code kind} around {@code origin}.
     *
     * @param b model B, needed by {@link DirectionKind#TOWARD} and {@link DirectionKind#PLANE}
     * @param c model C, needed by {@link DirectionKind#PLANE}
     * @param seed seed of random directions (d₂ uses seed + 1)
     * @param twoDimensional whether to return d₂
     */
    public static SliceAxes of(
            DirectionKind kind,
            NetworkSpec spec,
            float[] origin,
            float[] b,
            float[] c,
            long seed,
            Directions.BiasMode biases,
            boolean twoDimensional) {
        SliceAxes axes = switch (kind) {
            case RANDOM ->
                new SliceAxes(
                        Directions.filterNormalized(spec, origin, seed, biases),
                        Directions.filterNormalized(spec, origin, seed + 1, biases),
                        RANDOM_A,
                        RANDOM_B);
            case TOWARD ->
                new SliceAxes(
                        Directions.toward(origin, required(b, "B", kind)),
                        Directions.filterNormalized(spec, origin, seed, biases),
                        "a (θ₀ → B: 1 = B)",
                        RANDOM_B);
            case PLANE -> {
                Directions.Plane plane = Directions.plane(origin, required(b, "B", kind), required(c, "C", kind));
                yield new SliceAxes(plane.d1(), plane.d2(), "a (θ₀ → B: 1 = B)", "b (toward C, orthogonal to B − θ₀)");
            }
            case HESSIAN, HESSIAN_LOW, PCA ->
                throw new IllegalArgumentException(kind.id() + " directions need data"
                        + " or a trajectory: use SliceAxes." + (kind == DirectionKind.PCA ? "principal" : "hessian"));
        };
        return twoDimensional ? axes : new SliceAxes(axes.d1, null, axes.aLabel, "");
    }

    /**
     * The two top (or, if {@code lowest}, the two lowest) eigenvectors of ∇²E at {@code origin} on {@code data},
     * by Lanczos on exact Hessian-vector products, each scaled to the length ‖θ₀‖ so that a = ±1 moves as far as
     * θ₀ is from 0. The axis labels give the eigenvalues.
     *
     * @param seed seed of the Lanczos start vector
     */
    public static SliceAxes hessian(
            NetworkSpec spec,
            float[] origin,
            Dataset data,
            long seed,
            boolean lowest,
            boolean twoDimensional,
            JobControl control) {
        return hessian(spec, origin, data, seed, lowest, twoDimensional, Precision.FLOAT, control);
    }

    /** The axes above from Hessian-vector products in {@code precision}. */
    public static SliceAxes hessian(
            NetworkSpec spec,
            float[] origin,
            Dataset data,
            long seed,
            boolean lowest,
            boolean twoDimensional,
            Precision precision,
            JobControl control) {
        Spectrum spectrum;
        try (HessianProduct product = HessianProduct.of(precision, spec, data)) {
            spectrum = Lanczos.extremes(
                    new HessianOperator(product, origin, 0), lowest ? 0 : 2, lowest ? 2 : 0, 1e-3, 200, seed, control);
        }
        double[] values = lowest ? spectrum.bottom() : spectrum.top();
        float[][] vectors = lowest ? spectrum.bottomVectors() : spectrum.topVectors();
        double length = Math.sqrt(Directions.dot(origin, origin));
        String which = lowest ? "lowest" : "top";
        String a = String.format(Locale.ROOT, "a (%s Hessian v₁, λ₁ = %.4g; ‖d₁‖ = ‖θ₀‖)", which, values[0]);
        String b = String.format(Locale.ROOT, "b (%s Hessian v₂, λ₂ = %.4g)", which, values[1]);
        return new SliceAxes(
                scaled(vectors[0], length),
                twoDimensional ? scaled(vectors[1], length) : null,
                a,
                twoDimensional ? b : "");
    }

    /**
     * The first two principal components of {@code trajectory} (at least 3 models), each scaled so that the
     * trajectory's largest coordinate from {@code origin} along it is 1.
     */
    public static SliceAxes principal(float[] origin, List<float[]> trajectory, boolean twoDimensional) {
        float[][] components = Directions.principalComponents(trajectory, 2);
        float[][] scaled = new float[2][];
        for (int k = 0; k < 2; k++) {
            double reach = 0;
            for (float[] theta : trajectory) {
                reach = Math.max(reach, Math.abs(Directions.dot(Directions.toward(origin, theta), components[k])));
            }
            scaled[k] = scaled(components[k], reach > 0 ? reach : 1);
        }
        return new SliceAxes(
                scaled[0],
                twoDimensional ? scaled[1] : null,
                "a (trajectory PC1, ±1 spans it)",
                twoDimensional ? "b (trajectory PC2, ±1 spans it)" : "");
    }

    /** {@code unit} (of length 1) times {@code length}. */
    private static float[] scaled(float[] unit, double length) {
        float[] v = new float[unit.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (unit[i] * length);
        }
        return v;
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
