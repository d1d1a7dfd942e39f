package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.PlotGrid;
import io.phasescope.render.phase.Curves.Curve;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;

/**
 * The test accuracy of each class against λ, one small plot per class in rows of up to five (fewer on a narrow
 * chart), every walk in its own colour.
 * Every cell has the same data area ({@link PlotGrid}): the left column shows the 0/50/100 % ticks, the bottom row
 * the λ ticks, kept off the plot's edges so that neighbouring cells' labels never run together; no cell has a y-axis
 * title (the chart title names the quantity). A point that jumps away from both neighbours by more than
 * {@link #SPIKE} (in the trivial phase the one class predicted changes from point to point) is a dot, not a spike of
 * two vertical lines.
 */
final class ClassMultiplesChart {

    /** Jumps up and back (or down and back) larger than this draw the points between as dots: 50 percentage points. */
    static final double SPIKE = 0.5;

    private static final int COLUMNS = 5;
    /** Runs of up to this many points away from both sides are dots. */
    private static final int MAX_RUN = 2;
    /** Room on either side of the λ range, as a fraction of it, so that the end tick labels stay inside the cell. */
    private static final double EDGE_MARGIN = 0.08;

    private static final Stroke CELL_LINE = new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Shape DOT = new Ellipse2D.Double(-2, -2, 4, 4);

    private final JFreeChart chart;
    private final PlotGrid grid;

    ClassMultiplesChart() {
        grid = new PlotGrid(COLUMNS);
        grid.setNoDataMessage(PhaseCharts.NO_DATA);
        chart = new JFreeChart("Test accuracy per class vs λ", grid);
    }

    JFreeChart chart() {
        return chart;
    }

    void fill(DiagramLayout l, SelectionMarks marks) {
        LambdaUnit unit = l.diagram.unit();
        chart.setTitle("Test accuracy per class vs " + unit.symbol());
        List<String> names = l.diagram.classNames();
        int classes = names.size();
        int columns = Math.min(COLUMNS, classes);
        grid.setColumns(columns);
        List<XYPlot> cells = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        if (!l.empty) {
            for (int c = 0; c < classes; c++) {
                cells.add(cell(l, marks, c));
                titles.add(names.get(c).length() <= 2 ? "class " + names.get(c) : names.get(c));
            }
        }
        grid.setBottomLabel(unit.symbol());
        grid.setCells(cells, titles);
        LegendItemCollection legend = new LegendItemCollection();
        for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
            SweepPoint first = e.getValue().get(0);
            legend.add(Curves.lineItem(e.getKey(), BranchStyle.paint(first.branch(), l.rank(first)), CELL_LINE));
        }
        Curves.extras(legend, l);
        grid.setLegendItems(legend);
    }

    private static XYPlot cell(DiagramLayout l, SelectionMarks marks, int cls) {
        String name = "class " + l.diagram.classNames().get(cls);
        NumberAxis x = new NumberAxis();
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(EDGE_MARGIN);
        x.setUpperMargin(EDGE_MARGIN);
        NumberAxis y = Curves.accuracyAxis(null);
        y.setAutoTickUnitSelection(false);
        y.setTickUnit(new NumberTickUnit(0.5, ChartStyler.percent()));
        XYPlot cell = new XYPlot(null, x, y, null);
        List<Curve> lines = new ArrayList<>();
        List<Curve> dots = new ArrayList<>();
        for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
            SweepPoint first = e.getValue().get(0);
            Curve walk = Curves.curve(
                    name + " · " + e.getKey(),
                    BranchStyle.paint(first.branch(), l.rank(first)),
                    CELL_LINE,
                    DOT,
                    e.getValue(),
                    l::x,
                    p -> p.perClassAccuracy()[cls]);
            boolean[] spikes = spikes(walk.y());
            lines.add(withGaps(walk, spikes));
            dots.add(only(walk, spikes));
        }
        var renderer = Curves.setLines(cell, lines, true);
        for (int s = 0; s < lines.size(); s++) {
            renderer.setSeriesShapesVisible(s, false);
        }
        Curves.setProbes(cell, Curves.probes(l, name, null, l::x, p -> p.perClassAccuracy()[cls], true));
        Curves.setDots(cell, dots);
        Curves.transitionLines(cell, l);
        marks.ring(cell, l::x, p -> p.perClassAccuracy()[cls]);
        return cell;
    }

    /**
     * Which values belong to a run of one or two points that jumps away from the points on both sides, in the same
     * direction, by more than {@link #SPIKE}.
     */
    static boolean[] spikes(double[] y) {
        boolean[] spike = new boolean[y.length];
        for (int run = 1; run <= MAX_RUN; run++) {
            for (int i = 1; i + run < y.length; i++) {
                double before = y[i - 1];
                double after = y[i + run];
                double up = Double.POSITIVE_INFINITY;
                double down = Double.POSITIVE_INFINITY;
                for (int k = i; k < i + run; k++) {
                    up = Math.min(up, Math.min(y[k] - before, y[k] - after));
                    down = Math.min(down, Math.min(before - y[k], after - y[k]));
                }
                if (up > SPIKE || down > SPIKE) {
                    for (int k = i; k < i + run; k++) {
                        spike[k] = true;
                    }
                }
            }
        }
        return spike;
    }

    private static Curve withGaps(Curve c, boolean[] spikes) {
        double[] y = c.y().clone();
        for (int i = 0; i < y.length; i++) {
            if (spikes[i]) {
                y[i] = Double.NaN;
            }
        }
        return new Curve(c.key(), c.paint(), c.stroke(), c.shape(), c.x(), y);
    }

    private static Curve only(Curve c, boolean[] spikes) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < spikes.length; i++) {
            if (spikes[i]) {
                kept.add(new double[] {c.x()[i], c.y()[i]});
            }
        }
        double[] x = kept.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = kept.stream().mapToDouble(p -> p[1]).toArray();
        return new Curve(c.key() + " · isolated", c.paint(), c.stroke(), c.shape(), x, y);
    }
}
