package io.phasescope.app.training;

import io.phasescope.app.form.InputParsers;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The λ slider's logarithmic scale and λ's text form. Slider positions {@code -6 … -1} mean
 * {@code λ = 10^position} (rounded to two significant digits); the extra leftmost stop
 * {@link #ZERO_POSITION} means λ = 0. Larger or smaller λ can be typed exactly; the slider then rests
 * at its end.
 */
public final class LambdaScale {

    /** Exponent of the smallest λ on the slider. */
    public static final int MIN_EXPONENT = -6;
    /** Exponent of the largest λ on the slider. */
    public static final int MAX_EXPONENT = -1;
    /** The slider stop for λ = 0, one decade left of {@link #MIN_EXPONENT}. */
    public static final double ZERO_POSITION = MIN_EXPONENT - 1;
    /** Largest λ that can be typed. */
    public static final double MAX_LAMBDA = 10;

    private static final MathContext TWO_DIGITS = new MathContext(2);

    private LambdaScale() {}

    /** The slider position showing {@code lambda} (≥ 0). */
    public static double positionOf(double lambda) {
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("lambda must be >= 0, was " + lambda);
        }
        if (lambda == 0) {
            return ZERO_POSITION;
        }
        return Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, Math.log10(lambda)));
    }

    /** The λ at slider {@code position}: 0 in the zero stop's half-decade, else a two-digit power of ten. */
    public static double lambdaAt(double position) {
        if (position < ZERO_POSITION + 0.5) {
            return 0;
        }
        double exponent = Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, position));
        return new BigDecimal(Math.pow(10, exponent)).round(TWO_DIGITS).doubleValue();
    }

    /**
     * Parses a typed λ: a number in {@code [0, MAX_LAMBDA]} such as {@code 0}, {@code 0.0001} or {@code 1e-4}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static double parse(String text) {
        double lambda = InputParsers.parseDouble("λ", text);
        if (lambda < 0 || lambda > MAX_LAMBDA) {
            throw new IllegalArgumentException(
                    "λ must be between 0 and " + (int) MAX_LAMBDA + ", was '" + text.strip() + "'");
        }
        return lambda == 0 ? 0 : lambda;
    }

    /** {@code lambda} as short text: {@code 0}, {@code 0.003}, {@code 1e-4}, {@code 3.2e-5}. */
    public static String format(double lambda) {
        if (lambda == 0) {
            return "0";
        }
        BigDecimal value = new BigDecimal(Double.toString(lambda)).stripTrailingZeros();
        if (lambda >= 1e-3 && lambda < 1e4) {
            return value.toPlainString();
        }
        int exponent = value.precision() - value.scale() - 1;
        return value.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /** The tick label at an integral slider position: {@code 0} at the zero stop, else the power of ten. */
    public static String tickLabel(double position) {
        return position < ZERO_POSITION + 0.5 ? "0" : format(lambdaAt(Math.rint(position)));
    }
}
