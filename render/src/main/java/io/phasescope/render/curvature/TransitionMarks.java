package io.phasescope.render.curvature;

import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.Palette;
import io.phasescope.render.phase.BranchStyle;
import io.phasescope.render.phase.LambdaUnit;
import java.awt.Color;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Transitions on a spectra panel: against λ a dashed line at λ_c; against a norm the gap the jump spans, shaded
 * between the x of the walk's grid points on either side of λ_c (the norm is not defined between them). Each in
 * its branch's colour.
 */
final class TransitionMarks {

    private TransitionMarks() {}

    /** Adds the marks of {@code transitions} to {@code plot}; {@code seeds} orders the seed colours. */
    static void add(
            XYPlot plot,
            List<Transition> transitions,
            SpectraAxis axis,
            LambdaUnit unit,
            List<SweepPoint> points,
            TreeSet<Long> seeds) {
        for (Transition t : transitions) {
            Color paint = BranchStyle.paint(t.branch(), seeds.headSet(t.seed()).size());
            if (axis == SpectraAxis.LAMBDA) {
                plot.addDomainMarker(
                        new ValueMarker(
                                unit.of(t.lambdaC()), Palette.withAlpha(paint, 0.85), BranchStyle.transitionStroke()),
                        Layer.BACKGROUND);
                continue;
            }
            SweepPoint below = null;
            SweepPoint above = null;
            for (SweepPoint p : points) {
                if (p.branch() != t.branch() || p.seed() != t.seed() || p.index() < 0) {
                    continue;
                }
                if (p.lambda() <= t.lambdaC() && (below == null || p.lambda() > below.lambda())) {
                    below = p;
                }
                if (p.lambda() >= t.lambdaC() && (above == null || p.lambda() < above.lambda())) {
                    above = p;
                }
            }
            if (below != null && above != null) {
                double a = axis.x(below, unit);
                double b = axis.x(above, unit);
                IntervalMarker gap = new IntervalMarker(Math.min(a, b), Math.max(a, b), Palette.withAlpha(paint, 0.15));
                gap.setOutlinePaint(null);
                plot.addDomainMarker(gap, Layer.BACKGROUND);
            }
        }
    }
}
