package io.phasescope.app.cli;

import io.phasescope.model.curvature.PointSpectrum;
import java.util.Locale;

/**
 * The columns {@code spectrum --sweep} prints first for every point: branch, seed, λ, λ_min and λ_max of ∇²E,
 * λ_min(∇²L_λ) and the index of L_λ.
 */
final class PointSpectrumLine {

    /** The header of those columns. */
    static final String HEADER = String.format(
            "%-6s %4s %12s %12s %12s %12s %5s", "branch", "seed", "lambda", "min_E", "max_E", "min_L", "index");

    private PointSpectrumLine() {}

    /** Those columns of {@code s}, aligned under {@link #HEADER}. */
    static String of(PointSpectrum s) {
        return String.format(
                Locale.ROOT,
                "%-6s %4d %12.6g %12.5g %12.5g %12.5g %5d",
                s.branch().id(),
                s.seed(),
                s.lambda(),
                s.minE(),
                s.maxE(),
                s.minL(),
                s.index());
    }
}
