package io.phasescope.render.curvature;

import io.phasescope.render.ChartStyler;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One dataset of an XY plot under construction: lines or markers, each series with its own paint, stroke and
 * shape. NaN values are left out (a gap in a line).
 */
final class Series {

    static final Stroke LINE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN = new BasicStroke(1.2f);
    static final Stroke DOTTED =
            new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f);
    static final Stroke DASHED =
            new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    static final Stroke OUTLINE = new BasicStroke(1.8f);

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer;

    private Series(boolean lines) {
        renderer = new XYLineAndShapeRenderer(lines, !lines);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
    }

    /** A dataset of lines (markers only where {@link #add} is given a shape). */
    static Series lines() {
        return new Series(true);
    }

    /** A dataset of markers without lines. */
    static Series markers() {
        return new Series(false);
    }

    /** Adds a series; {@code shape} null draws no markers, {@code filled} false draws hollow ones. */
    Series add(String key, double[] x, double[] y, Color paint, Stroke stroke, Shape shape, boolean filled) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i])) {
                series.add(x[i], Double.isFinite(y[i]) ? y[i] : null, false);
            }
        }
        int s = data.getSeriesCount();
        data.addSeries(series);
        renderer.setSeriesPaint(s, paint);
        renderer.setSeriesStroke(s, stroke);
        renderer.setSeriesShapesVisible(s, shape != null);
        if (shape != null) {
            renderer.setSeriesShape(s, shape);
            renderer.setSeriesShapesFilled(s, filled);
            renderer.setSeriesOutlineStroke(s, OUTLINE);
        }
        return this;
    }

    /** Puts this dataset at {@code index} of {@code plot}. */
    void into(XYPlot plot, int index) {
        plot.setRenderer(index, renderer, false);
        plot.setDataset(index, data);
    }

    /** A circular marker of radius {@code r} pixels. */
    static Shape circle(double r) {
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    /** A legend entry showing a line. */
    static LegendItem lineItem(String label, Color paint, Stroke stroke) {
        return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, paint);
    }

    /** A legend entry showing a marker, filled or hollow. */
    static LegendItem markerItem(String label, Color paint, Shape shape, boolean filled) {
        return new LegendItem(
                label,
                null,
                null,
                null,
                true,
                shape,
                filled,
                paint,
                !filled,
                paint,
                OUTLINE,
                false,
                new Line2D.Double(),
                LINE,
                paint);
    }
}
