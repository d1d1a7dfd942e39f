package io.phasescope.render;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Applies a {@link ChartTheme} to a chart: flat backgrounds, no borders or plot outline, quiet grid
 * lines, readable fonts, a frameless legend. Series colours set by the chart builders are kept. The
 * sub-plots of combined plots and of a {@link PlotGrid} are styled alike.
 */
public final class ChartStyler {

    private ChartStyler() {}

    /** Restyles {@code chart} in place with {@code theme} and returns it. */
    public static JFreeChart apply(JFreeChart chart, ChartTheme theme) {
        if (chart == null || theme == null) {
            throw new IllegalArgumentException("chart and theme must be given, were " + chart + ", " + theme);
        }
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        standardTheme(theme).apply(chart);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setPadding(new RectangleInsets(2, 4, 8, 4));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(theme.labelFont());
        }
        stylePlot(chart.getPlot(), theme);
        LineScaler.scaleTo(chart, theme.lineScale());
        chart.setNotify(notify);
        return chart;
    }

    private static void stylePlot(Plot plot, ChartTheme theme) {
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        plot.setNoDataMessageFont(theme.labelFont());
        plot.setNoDataMessagePaint(theme.mutedText());
        if (plot instanceof XYPlot xy) {
            styleAxis(xy.getDomainAxis(), theme);
            styleAxis(xy.getRangeAxis(), theme);
            xy.setDomainGridlinesVisible(false);
        } else if (plot instanceof CategoryPlot category) {
            styleAxis(category.getDomainAxis(), theme);
            styleAxis(category.getRangeAxis(), theme);
        }
        if (plot instanceof PlotGrid grid) {
            grid.setTitleStyle(theme.labelFont(), theme.text());
        }
        for (Plot sub : subplots(plot)) {
            stylePlot(sub, theme);
        }
        if (plot instanceof CombinedDomainXYPlot combined) {
            alignWithSharedAxis(combined);
        }
    }

    /**
     * The shared x axis is drawn along the combined plot's data area, and each panel maps x on its own data area,
     * which its insets and axis offset would shrink left and right: the panels get neither, so that every tick label
     * stands where its value is drawn.
     */
    private static void alignWithSharedAxis(CombinedDomainXYPlot combined) {
        for (XYPlot panel : combined.getSubplots()) {
            RectangleInsets insets = panel.getInsets();
            panel.setInsets(new RectangleInsets(insets.getTop(), 0, insets.getBottom(), 0), false);
            RectangleInsets offset = panel.getAxisOffset();
            panel.setAxisOffset(new RectangleInsets(offset.getTop(), 0, offset.getBottom(), 0));
        }
    }

    /** The sub-plots of combined plots and {@link PlotGrid}s, in order; none for any other plot. */
    public static List<XYPlot> subplots(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        if (plot instanceof CombinedRangeXYPlot combined) {
            return combined.getSubplots();
        }
        if (plot instanceof PlotGrid grid) {
            return grid.cells();
        }
        return List.of();
    }

    private static StandardChartTheme standardTheme(ChartTheme theme) {
        StandardChartTheme t = new GridAwareTheme("Phasescope " + theme.id());
        t.setExtraLargeFont(theme.titleFont());
        t.setLargeFont(theme.labelFont());
        t.setRegularFont(theme.labelFont());
        t.setSmallFont(theme.tickFont());
        t.setTitlePaint(theme.text());
        t.setSubtitlePaint(theme.mutedText());
        t.setChartBackgroundPaint(theme.background());
        t.setPlotBackgroundPaint(theme.background());
        t.setLegendBackgroundPaint(theme.background());
        t.setLegendItemPaint(theme.text());
        t.setPlotOutlinePaint(theme.grid());
        t.setDomainGridlinePaint(theme.grid());
        t.setRangeGridlinePaint(theme.grid());
        t.setBaselinePaint(theme.grid());
        t.setAxisLabelPaint(theme.text());
        t.setTickLabelPaint(theme.mutedText());
        t.setItemLabelPaint(theme.text());
        // a small gap between the axes and the data keeps the first x and y tick labels apart at the corner
        t.setAxisOffset(new RectangleInsets(3, 3, 3, 3));
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        return t;
    }

    private static void styleAxis(Axis axis, ChartTheme theme) {
        if (axis == null) {
            return;
        }
        axis.setAxisLinePaint(theme.grid());
        axis.setTickMarkPaint(theme.grid());
        axis.setTickMarkOutsideLength(4f);
        axis.setTickMarkInsideLength(0f);
        axis.setLabelFont(theme.labelFont());
        axis.setTickLabelFont(theme.tickFont());
    }

    /** JFreeChart's standard theme, also applied to the cells of a {@link PlotGrid}, which it does not know. */
    private static final class GridAwareTheme extends StandardChartTheme {
        private static final long serialVersionUID = 1L;

        GridAwareTheme(String name) {
            super(name);
        }

        @Override
        protected void applyToPlot(Plot plot) {
            super.applyToPlot(plot);
            if (plot instanceof PlotGrid grid) {
                grid.cells().forEach(this::applyToPlot);
            }
        }
    }

    /** An empty chart that shows {@code message} where its data would be; {@code title} may be null. */
    public static JFreeChart placeholder(String title, String message, ChartTheme theme) {
        XYPlot plot = new XYPlot();
        plot.setNoDataMessage(message);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        return apply(chart, theme);
    }

    /** Stops chart themes (and {@link #apply}) from replacing the series paints, strokes and shapes set by a builder. */
    public static void keepSeriesStyles(AbstractRenderer renderer) {
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
    }

    /**
     * Percent tick labels on {@code axis} (values 0–1), as many as fit without touching: every 10, 20, 25, 50 or
     * 100 %, chosen by JFreeChart for the axis length and tick font (fewer in presenter mode's large type).
     */
    public static NumberAxis percentTicks(NumberAxis axis) {
        NumberFormat format = percent();
        TickUnits units = new TickUnits();
        for (double size : new double[] {0.1, 0.2, 0.25, 0.5, 1}) {
            units.add(new NumberTickUnit(size, format));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoTickUnitSelection(true);
        axis.setNumberFormatOverride(null);
        return axis;
    }

    /** Percent with up to one decimal, so that ticks half a percent apart stay distinct. */
    public static NumberFormat percent() {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
