package io.phasescope.render.landscape;

import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of landscape slices: a 2D slice as a viridis heat map with contour lines, a colour bar (linear or
 * logarithmic) and the overlay's models and trajectories; a 1D slice as a curve with the overlay's models as
 * vertical lines. While a slice is being refined, points not yet evaluated show their coarse neighbour's
 * value ({@link SliceGrid#preview()}).
 */
public final class SliceCharts {

    /** Contour levels drawn on a heat map. */
    public static final int CONTOUR_LEVELS = 9;

    private static final Color[] OVERLAY = {
        Palette.VERMILLION,
        Palette.SKY_BLUE,
        Palette.ORANGE,
        Palette.REDDISH_PURPLE,
        Palette.BLUISH_GREEN,
        Palette.YELLOW,
        Palette.BLUE
    };
    private static final float CONTOUR_WIDTH = 0.8f;
    private static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Color CONTOUR_PAINT = new Color(255, 255, 255, 150);

    private SliceCharts() {}

    /** The heat map of a 2D slice (a row per b, at least 2 × 2). */
    public static JFreeChart heatmap(
            SliceGrid grid, SliceLabels labels, SliceOverlay overlay, boolean logarithmic, ChartTheme theme) {
        if (grid.b().length < 2 || grid.a().length < 2) {
            throw new IllegalArgumentException(
                    "a heat map needs a 2D slice, was " + grid.a().length + "x" + grid.b().length);
        }
        double[][] values = grid.complete() ? grid.values() : grid.preview();
        SliceScale scale = SliceScale.spanning(values, logarithmic);
        double da = grid.a()[1] - grid.a()[0];
        double db = grid.b()[1] - grid.b()[0];

        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(scale);
        blocks.setBlockWidth(da);
        blocks.setBlockHeight(db);
        blocks.setBlockAnchor(RectangleAnchor.CENTER);
        blocks.setSeriesVisibleInLegend(0, false);
        blocks.addAnnotation(
                new ContourAnnotation(
                        Contours.trace(grid.a(), grid.b(), values, Contours.levels(scale, CONTOUR_LEVELS)),
                        CONTOUR_PAINT,
                        CONTOUR_WIDTH),
                Layer.FOREGROUND);

        NumberAxis aAxis = tightAxis(labels.a(), grid.a()[0] - da / 2, grid.a()[grid.a().length - 1] + da / 2);
        NumberAxis bAxis = tightAxis(labels.b(), grid.b()[0] - db / 2, grid.b()[grid.b().length - 1] + db / 2);
        XYPlot plot = new XYPlot(xyz(grid, values, labels.value()), aAxis, bAxis, blocks);
        plot.setRangeGridlinesVisible(false);
        plot.setDataset(1, overlayData(overlay));
        plot.setRenderer(1, overlayRenderer(overlay));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(labels.title(), plot);
        if (overlay.markers().isEmpty() && overlay.trajectories().isEmpty()) {
            chart.removeLegend();
        }
        ChartStyler.apply(chart, theme);
        chart.addSubtitle(colourBar(scale, labels.value(), theme));
        return chart;
    }

    /** The curve of a 1D slice (one row), with the overlay's markers as labelled vertical lines. */
    public static JFreeChart curve(
            SliceGrid grid, SliceLabels labels, SliceOverlay overlay, boolean logarithmic, ChartTheme theme) {
        XYSeries series = new XYSeries(labels.value(), false, true);
        double[] row = grid.complete() ? grid.values()[0] : grid.preview()[0];
        for (int i = 0; i < grid.a().length; i++) {
            if (Double.isFinite(row[i]) && (!logarithmic || row[i] > 0)) {
                series.add(grid.a()[i], row[i]);
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, grid.a().length <= 41);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setSeriesPaint(0, Palette.TEST);
        renderer.setSeriesStroke(0, LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        ValueAxis value;
        if (logarithmic) {
            LogAxis log = new LogAxis(labels.value());
            log.setSmallestValue(1e-12);
            value = log;
        } else {
            NumberAxis linear = new NumberAxis(labels.value());
            linear.setAutoRangeIncludesZero(false);
            value = linear;
        }
        NumberAxis aAxis = tightAxis(labels.a(), grid.a()[0], grid.a()[grid.a().length - 1]);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), aAxis, value, renderer);
        for (int m = 0; m < overlay.markers().size(); m++) {
            SliceOverlay.Marker marker = overlay.markers().get(m);
            ValueMarker line = new ValueMarker(marker.a(), OVERLAY[m % OVERLAY.length], LINE);
            line.setLabel(marker.name());
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            line.setLabelPaint(theme.text());
            line.setLabelFont(theme.tickFont());
            plot.addDomainMarker(line);
        }
        JFreeChart chart = new JFreeChart(labels.title(), plot);
        chart.removeLegend();
        return ChartStyler.apply(chart, theme);
    }

    /** The XYZ data of a heat map: one series, named after the value, of (a, b, value) for every point. */
    private static DefaultXYZDataset xyz(SliceGrid grid, double[][] values, String name) {
        int n = grid.a().length * grid.b().length;
        double[][] data = new double[3][n];
        int k = 0;
        for (int j = 0; j < grid.b().length; j++) {
            for (int i = 0; i < grid.a().length; i++) {
                data[0][k] = grid.a()[i];
                data[1][k] = grid.b()[j];
                data[2][k] = values[j][i];
                k++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(name, data);
        return dataset;
    }

    private static XYSeriesCollection overlayData(SliceOverlay overlay) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (SliceOverlay.Trajectory trajectory : overlay.trajectories()) {
            XYSeries series = new XYSeries(trajectory.name(), false, true);
            for (int k = 0; k < trajectory.a().length; k++) {
                series.add(trajectory.a()[k], trajectory.b()[k]);
            }
            data.addSeries(series);
        }
        for (SliceOverlay.Marker marker : overlay.markers()) {
            XYSeries series = new XYSeries(marker.name(), false, true);
            series.add(marker.a(), marker.b());
            data.addSeries(series);
        }
        return data;
    }

    private static XYLineAndShapeRenderer overlayRenderer(SliceOverlay overlay) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        int trajectories = overlay.trajectories().size();
        int total = trajectories + overlay.markers().size();
        for (int s = 0; s < total; s++) {
            boolean marker = s >= trajectories;
            Color color = OVERLAY[s % OVERLAY.length];
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesOutlinePaint(s, Color.BLACK);
            renderer.setSeriesOutlineStroke(s, new BasicStroke(1f));
            renderer.setSeriesStroke(s, LINE);
            renderer.setSeriesLinesVisible(s, !marker);
            renderer.setSeriesShape(s, marker ? markerShape() : new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        return renderer;
    }

    private static Shape markerShape() {
        return new Rectangle2D.Double(-5, -5, 10, 10);
    }

    private static PaintScaleLegend colourBar(SliceScale scale, String label, ChartTheme theme) {
        ValueAxis axis;
        if (scale.logarithmic()) {
            LogAxis log = new LogAxis(label);
            log.setSmallestValue(scale.lower());
            axis = log;
        } else {
            axis = new NumberAxis(label);
        }
        axis.setRange(scale.lower(), scale.upper());
        axis.setLabelFont(theme.labelFont());
        axis.setTickLabelFont(theme.tickFont());
        axis.setLabelPaint(theme.text());
        axis.setTickLabelPaint(theme.mutedText());
        axis.setAxisLinePaint(theme.grid());
        axis.setTickMarkPaint(theme.grid());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(256);
        legend.setBackgroundPaint(theme.background());
        legend.setMargin(new RectangleInsets(30, 10, 40, 4));
        return legend;
    }

    private static NumberAxis tightAxis(String label, double lower, double upper) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRange(false);
        axis.setRange(lower, upper);
        return axis;
    }
}
