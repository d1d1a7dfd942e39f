package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.model.sweep.Walk;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The building blocks the phase-diagram charts share: curves of sweep points and the datasets that draw them (lines in
 * dataset 0, probes in 1, the selection ring in 2, saddles in 3), transition lines, axes and legend items.
 */
final class Curves {

    static final Stroke LINE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke OUTLINE = new BasicStroke(1.8f);
    static final Shape SADDLE_SHAPE = SaddleStyle.shape(3.4);
    /** Series with more points than this are drawn as lines without markers. */
    private static final int MAX_MARKED_POINTS = 90;

    private Curves() {}

    /** One line or set of markers: a series name, its look and its points ({@code NaN} y: a gap). */
    record Curve(String key, Color paint, Stroke stroke, Shape shape, double[] x, double[] y) {}

    static Curve curve(
            String key,
            Color paint,
            Stroke stroke,
            Shape shape,
            List<SweepPoint> points,
            ToDoubleFunction<SweepPoint> x,
            ToDoubleFunction<SweepPoint> y) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = x.applyAsDouble(points.get(i));
            ys[i] = y.applyAsDouble(points.get(i));
        }
        return new Curve(key, paint, stroke, shape, xs, ys);
    }

    /** Dataset 0 of {@code plot}: lines (sorted by x when {@code sorted}, else in walking order). */
    static XYLineAndShapeRenderer setLines(XYPlot plot, List<Curve> curves, boolean sorted) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        ChartStyler.keepSeriesStyles(renderer);
        for (int s = 0; s < curves.size(); s++) {
            Curve c = curves.get(s);
            data.addSeries(series(c, sorted));
            renderer.setSeriesPaint(s, c.paint());
            renderer.setSeriesStroke(s, c.stroke());
            renderer.setSeriesShape(s, c.shape());
            renderer.setSeriesShapesVisible(s, c.x().length <= MAX_MARKED_POINTS);
        }
        plot.setRenderer(0, renderer, false);
        plot.setDataset(0, data);
        return renderer;
    }

    /** Dataset 1 of {@code plot}: probes, as hollow markers without lines. */
    static void setProbes(XYPlot plot, List<Curve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = markerRenderer();
        for (int s = 0; s < curves.size(); s++) {
            Curve c = curves.get(s);
            data.addSeries(series(c, true));
            renderer.setSeriesPaint(s, c.paint());
            renderer.setSeriesShape(s, c.shape());
            renderer.setSeriesShapesFilled(s, false);
            renderer.setSeriesOutlineStroke(s, OUTLINE);
        }
        plot.setRenderer(1, renderer, false);
        plot.setDataset(1, data);
    }

    /** Dataset 3 of {@code plot}: filled markers without lines, e.g. the saddles of L_λ of each walk. */
    static void setDots(XYPlot plot, List<Curve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = markerRenderer();
        for (int s = 0; s < curves.size(); s++) {
            Curve c = curves.get(s);
            data.addSeries(series(c, false));
            renderer.setSeriesPaint(s, c.paint());
            renderer.setSeriesShape(s, c.shape());
            renderer.setSeriesShapesFilled(s, true);
        }
        plot.setRenderer(3, renderer, false);
        plot.setDataset(3, data);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    /** The saddles of L_λ of each walk of {@code l}, as curves at (x, y) of their points. */
    static List<Curve> saddles(DiagramLayout l, ToDoubleFunction<SweepPoint> x, ToDoubleFunction<SweepPoint> y) {
        return l.saddles.entrySet().stream()
                .map(e -> curve(
                        PhaseCharts.SADDLE + " · " + e.getKey(),
                        SaddleStyle.COLOR,
                        LINE,
                        SADDLE_SHAPE,
                        e.getValue(),
                        x,
                        y))
                .toList();
    }

    static XYLineAndShapeRenderer markerRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        return renderer;
    }

    private static XYSeries series(Curve c, boolean sorted) {
        XYSeries series = new XYSeries(c.key(), sorted, true);
        for (int i = 0; i < c.x().length; i++) {
            series.add(c.x()[i], Double.isNaN(c.y()[i]) ? null : c.y()[i], false);
        }
        return series;
    }

    /** Vertical lines at the transitions' λ_c in their branch's colour: dashed, dotted for a partial one. */
    static void transitionLines(XYPlot plot, DiagramLayout l) {
        plot.clearDomainMarkers();
        for (Transition t : l.diagram.transitions()) {
            Color paint = BranchStyle.paint(t.branch(), l.rank(t));
            plot.addDomainMarker(
                    new ValueMarker(
                            l.diagram.unit().of(t.lambdaC()),
                            Palette.withAlpha(paint, 0.85),
                            t.kind() == TransitionKind.PARTIAL
                                    ? BranchStyle.partialTransitionStroke()
                                    : BranchStyle.transitionStroke()),
                    Layer.BACKGROUND);
        }
    }

    static XYPlot plot(NumberAxis range) {
        XYPlot plot = new XYPlot(null, null, range, null);
        plot.setDomainPannable(false);
        return plot;
    }

    static CombinedDomainXYPlot stack(NumberAxis domain, XYPlot top, int topWeight, XYPlot bottom, int bottomWeight) {
        domain.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot stack = new CombinedDomainXYPlot(domain);
        stack.setGap(8);
        stack.add(top, topWeight);
        stack.add(bottom, bottomWeight);
        return stack;
    }

    static NumberAxis lossAxis() {
        NumberAxis axis = new NumberAxis(PhaseCharts.LOSS_LABEL);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** 0–100 %, with as many ticks as fit (every 10, 20, 25, 50 or 100 %). */
    static NumberAxis accuracyAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1.02);
        ChartStyler.percentTicks(axis);
        return axis;
    }

    static LegendItem lineItem(String label, Color paint, Stroke stroke) {
        return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, paint);
    }

    static void saddleLegend(LegendItemCollection legend, DiagramLayout l) {
        if (!l.saddles.isEmpty()) {
            legend.add(new LegendItem(PhaseCharts.SADDLE, null, null, null, SADDLE_SHAPE, SaddleStyle.COLOR));
        }
    }

    /** Legend entries for the branch line styles, seed markers, probes and transitions present. */
    static void styleLegend(LegendItemCollection legend, DiagramLayout l) {
        if (l.branchTypes.size() > 1 || l.branchTypes.contains(Branch.COLD)) {
            for (Branch b : l.branchTypes) {
                legend.add(lineItem(b.id(), BranchStyle.neutral(), BranchStyle.stroke(b)));
            }
        }
        if (l.walks.size() > 1) {
            int rank = 0;
            for (Walk walk : l.walks) {
                legend.add(new LegendItem(
                        walk.name(), null, null, null, BranchStyle.shape(rank++), BranchStyle.neutral()));
            }
        }
        extras(legend, l);
    }

    /** Legend entries for the probes and transitions present. */
    static void extras(LegendItemCollection legend, DiagramLayout l) {
        if (!l.diagram.probes().isEmpty()) {
            legend.add(new LegendItem(
                    PhaseCharts.PROBE,
                    null,
                    null,
                    null,
                    true,
                    BranchStyle.probeShape(),
                    false,
                    BranchStyle.neutral(),
                    true,
                    BranchStyle.neutral(),
                    OUTLINE,
                    false,
                    new Line2D.Double(),
                    LINE,
                    BranchStyle.neutral()));
        }
        if (!l.diagram.transitions().isEmpty()) {
            legend.add(lineItem(PhaseCharts.TRANSITION, BranchStyle.neutral(), BranchStyle.transitionStroke()));
        }
    }

    /** Lines of each walk: one curve per walk of {@code l}, styled by its branch and seed. */
    static List<Curve> walks(
            DiagramLayout l,
            String name,
            Color paint,
            ToDoubleFunction<SweepPoint> x,
            ToDoubleFunction<SweepPoint> y,
            boolean branchColours) {
        return l.branches.entrySet().stream()
                .map(e -> {
                    SweepPoint first = e.getValue().get(0);
                    int rank = l.rank(first);
                    return curve(
                            name + " · " + e.getKey(),
                            branchColours ? BranchStyle.paint(first.branch(), rank) : paint,
                            BranchStyle.stroke(first.branch()),
                            BranchStyle.shape(rank),
                            e.getValue(),
                            x,
                            y);
                })
                .toList();
    }

    /** The probes as one curve ({@code byBranch}: one per walk, in its branch's colour). */
    static List<Curve> probes(
            DiagramLayout l,
            String name,
            Color paint,
            ToDoubleFunction<SweepPoint> x,
            ToDoubleFunction<SweepPoint> y,
            boolean byBranch) {
        if (l.diagram.probes().isEmpty()) {
            return List.of();
        }
        if (!byBranch) {
            return List.of(curve(
                    name + " · " + PhaseCharts.PROBE, paint, LINE, BranchStyle.probeShape(), l.diagram.probes(), x, y));
        }
        return l.probesByBranch().entrySet().stream()
                .map(e -> {
                    SweepPoint first = e.getValue().get(0);
                    return curve(
                            name + " · " + PhaseCharts.PROBE + " · " + e.getKey(),
                            BranchStyle.paint(first.branch(), l.rank(first)),
                            LINE,
                            BranchStyle.probeShape(),
                            e.getValue(),
                            x,
                            y);
                })
                .toList();
    }

    /** The walks of {@code l} as legend entries: "branch · seed s" in their colour and line style. */
    static void walkLegend(LegendItemCollection legend, DiagramLayout l, boolean withShapes) {
        for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
            SweepPoint first = e.getValue().get(0);
            int rank = l.rank(first);
            LegendItem item =
                    lineItem(e.getKey(), BranchStyle.paint(first.branch(), rank), BranchStyle.stroke(first.branch()));
            if (withShapes) {
                item.setShape(BranchStyle.shape(rank));
                item.setShapeVisible(true);
            }
            legend.add(item);
        }
    }
}
