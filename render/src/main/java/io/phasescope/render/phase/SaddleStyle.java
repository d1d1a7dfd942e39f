package io.phasescope.render.phase;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;

/**
 * How every chart marks a saddle: a filled downward triangle in the neutral grey of {@link BranchStyle#neutral()},
 * which no data series uses and which shows on light and dark backgrounds (the phase diagram and spectra charts:
 * points where L_λ has index ≥ 1; path charts: points where ∇²E has a negative eigenvalue). Drawn above the
 * lines.
 */
public final class SaddleStyle {

    /** Series and legend name of the points where L_λ has a saddle. */
    public static final String SADDLE_OF_L = "saddle of L_λ (index ≥ 1)";
    /** Series and legend name of path points where E curves down. */
    public static final String SADDLE_OF_E = "saddle region of E (λ_min(∇²E) < 0)";
    /** The colour of saddle markers. */
    public static final Color COLOR = BranchStyle.neutral();

    private SaddleStyle() {}

    /** A downward triangle of half-width {@code r} pixels (&gt; 0), centred on the point. */
    public static Shape shape(double r) {
        if (!(r > 0)) {
            throw new IllegalArgumentException("r must be > 0, was " + r);
        }
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(-r, -0.6 * r);
        triangle.lineTo(r, -0.6 * r);
        triangle.lineTo(0, 1.1 * r);
        triangle.closePath();
        return triangle;
    }
}
