package io.phasescope.render.curvature;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in chart titles: a few significant digits, no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    /** {@code value} to {@code digits} significant digits (≥ 1): 0.5, 0.198, -1, 1.2e-5 stays plain. */
    static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
