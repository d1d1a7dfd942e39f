package io.phasescope.model.train;

import java.util.Locale;

/** The floating-point type Hessian-vector products compute in (forward, R-forward, backward and R-backward). */
public enum Precision {
    /** float32 with OpenBLAS sgemm, as training: about 7 significant digits, the faster. */
    FLOAT,
    /** float64 with OpenBLAS dgemm from θ widened to double: about 15 digits, about twice the time. */
    DOUBLE;

    /** Lower-case name as on the command line and in workspaces, {@code "float"} or {@code "double"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@link #id()} case-insensitively; {@code null} is {@link #FLOAT}, which older files imply.
     *
     * @throws IllegalArgumentException naming the accepted values for anything else
     */
    public static Precision parse(String text) {
        if (text == null) {
            return FLOAT;
        }
        for (Precision p : values()) {
            if (p.name().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("precision must be float or double, was '" + text + "'");
    }
}
