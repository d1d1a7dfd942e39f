package io.phasescope.render.curvature;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in chart titles: a few significant digits, no trailing zeros. */
final class Numbers {

    private Numbers() {}

    /** {@code value} to {@code digits} significant digits (≥ 1): 0.5, 0.198, -1; below 1e-4 or from 1e5 on as 7.62e-6. */
    static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded =
                new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
        if (Math.abs(value) >= 1e-4 && Math.abs(value) < 1e5) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }
}
