package io.phasescope.render.curvature;

import io.phasescope.model.curvature.PlacedSpectrum;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.phase.LambdaUnit;
import java.util.Locale;

/**
 * What the spectra chart's x axis shows: λ (or β, in the diagram's {@link LambdaUnit}), ‖θ‖, or ‖θ − θ_ref‖ of
 * each point (the paper's Figure 3 plots the spectrum against the norm). Norms are L2 norms over all weights and
 * biases, in parameter units; they come from the sweep's {@code points.csv}.
 */
public enum SpectraAxis {
    /** λ, or β = 2λ. */
    LAMBDA,
    /** ‖θ‖ of the point. */
    NORM,
    /** ‖θ − θ_ref‖ of the point (= ‖θ‖ when θ_ref = 0). */
    DISTANCE;

    /** The axis label. */
    public String label(LambdaUnit unit) {
        return switch (this) {
            case LAMBDA -> unit.axisLabel();
            case NORM -> "‖θ‖  (L2 norm of all weights and biases)";
            case DISTANCE -> "‖θ − θ_ref‖  (distance to the reference parameters)";
        };
    }

    /** The short name in titles: λ, β, ‖θ‖ or ‖θ − θ_ref‖. */
    public String symbol(LambdaUnit unit) {
        return switch (this) {
            case LAMBDA -> unit.symbol();
            case NORM -> "‖θ‖";
            case DISTANCE -> "‖θ − θ_ref‖";
        };
    }

    /** Where {@code row} sits on this axis; NaN against a norm when it has no sweep point. */
    public double x(PlacedSpectrum row, LambdaUnit unit) {
        return this == LAMBDA ? unit.of(row.spectrum().lambda()) : this == NORM ? row.norm() : row.distRef();
    }

    /** Where {@code point} sits on this axis. */
    public double x(SweepPoint point, LambdaUnit unit) {
        return this == LAMBDA ? unit.of(point.lambda()) : this == NORM ? point.norm() : point.distRef();
    }

    /** The axis named {@code lambda}, {@code norm} or {@code distance} (any case). */
    public static SpectraAxis parse(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "lambda" -> LAMBDA;
            case "norm" -> NORM;
            case "distance" -> DISTANCE;
            default -> throw new IllegalArgumentException("the x axis must be lambda, norm or distance, was " + name);
        };
    }
}
