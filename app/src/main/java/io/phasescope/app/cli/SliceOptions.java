package io.phasescope.app.cli;

import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.SliceQuantity;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The parsed choices of {@code slice}, checked against each other before anything is loaded: each bad or
 * contradictory value is a usage error naming its option (exit code 2).
 *
 * @param direction how d₁ and d₂ are chosen
 * @param biases what random directions do with biases
 * @param quantity what the slice shows
 * @param min the smallest a and b, finite, ≥ −{@value #MAX_RANGE}
 * @param max the largest a and b, finite, &gt; min, ≤ {@value #MAX_RANGE}
 */
record SliceOptions(
        DirectionKind direction, Directions.BiasMode biases, SliceQuantity.Kind quantity, double min, double max) {

    /** The largest |a| and |b|: farther out θ₀ + a·d₁ leaves the float range of any trained network. */
    static final double MAX_RANGE = 1e6;

    static SliceOptions parse(
            CommandSpec spec,
            String direction,
            String biases,
            String quantity,
            String range,
            Path trajectory,
            Path to,
            Path via) {
        DirectionKind kind;
        try {
            kind = DirectionKind.parse(direction);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--direction: " + e.getMessage(), e);
        }
        Directions.BiasMode biasMode = switch (biases.toLowerCase(Locale.ROOT)) {
            case "zero" -> Directions.BiasMode.ZERO;
            case "keep" -> Directions.BiasMode.KEEP;
            default -> throw usage(spec, "--biases must be zero or keep, was '" + biases + "'");
        };
        SliceQuantity.Kind q = switch (quantity) {
            case "loss" -> SliceQuantity.Kind.LOSS;
            case "reg" -> SliceQuantity.Kind.REGULARIZED_LOSS;
            case "error" -> SliceQuantity.Kind.ERROR;
            case "class" -> SliceQuantity.Kind.CLASS_ERROR;
            default -> throw usage(spec, "--quantity must be loss, reg, error or class, was '" + quantity + "'");
        };
        ParseResult given = spec.commandLine().getParseResult();
        boolean towardOrPlane = kind == DirectionKind.TOWARD || kind == DirectionKind.PLANE;
        if (to != null && !towardOrPlane) {
            throw usage(spec, "--to goes with --direction toward or plane, not " + direction);
        }
        if (via != null && kind != DirectionKind.PLANE) {
            throw usage(spec, "--via goes with --direction plane, not " + direction);
        }
        if (trajectory != null && kind != DirectionKind.PCA) {
            throw usage(spec, "--trajectory goes with --direction pca, not " + direction);
        }
        if (given.hasMatchedOption("--class") && q != SliceQuantity.Kind.CLASS_ERROR) {
            throw usage(spec, "--class goes with --quantity class, not " + quantity);
        }
        if (given.hasMatchedOption("--lambda") && q != SliceQuantity.Kind.REGULARIZED_LOSS) {
            throw usage(spec, "--lambda goes with --quantity reg, not " + quantity);
        }
        String[] bounds = range.split(":");
        double min;
        double max;
        try {
            if (bounds.length != 2) {
                throw new NumberFormatException();
            }
            min = Double.parseDouble(bounds[0]);
            max = Double.parseDouble(bounds[1]);
        } catch (NumberFormatException e) {
            throw usage(spec, "--range must be MIN:MAX, two numbers, was '" + range + "'");
        }
        if (!(min >= -MAX_RANGE && max <= MAX_RANGE && min < max)) {
            throw usage(spec, "--range must be MIN:MAX with −1e6 ≤ MIN < MAX ≤ 1e6 (finite), was '" + range + "'");
        }
        return new SliceOptions(kind, biasMode, q, min, max);
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
