package io.phasescope.render.figure;

import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.LineScaler;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/**
 * Applies a {@link FigureStyle} to a chart, in place — use it on a copy (see {@code ChartSnapshot}). Fonts come
 * from a theme with the style's family and scale; line widths of every series of every XY renderer are scaled
 * (dashes too); texts and the legend follow the style.
 */
public final class FigureStyler {

    private FigureStyler() {}

    /** Restyles {@code chart} with {@code style}, starting from {@code screen} unless the style asks for paper. */
    public static JFreeChart apply(JFreeChart chart, FigureStyle style, ChartTheme screen) {
        ChartTheme base = style.paper() ? ChartTheme.LIGHT : screen;
        ChartTheme theme = new ChartTheme(
                base.id() + "-figure",
                base.background(),
                base.text(),
                base.mutedText(),
                base.grid(),
                style.fontFamily(),
                style.fontScale(),
                1);
        ChartStyler.apply(chart, theme);
        // the chart was drawn for the screen theme; the style's widths are relative to the builder's
        LineScaler.scaleTo(chart, style.lineScale());
        if (style.title() != null) {
            chart.setTitle(style.title().isBlank() ? null : style.title());
            if (chart.getTitle() != null) {
                chart.getTitle().setFont(theme.titleFont());
                chart.getTitle().setPaint(theme.text());
            }
        }
        labels(chart.getPlot(), style);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            if (style.legend() == LegendPlacement.NONE) {
                chart.removeLegend();
            } else {
                legend.setPosition(style.legend().edge());
            }
        }
        return chart;
    }

    private static void labels(Plot plot, FigureStyle style) {
        if (plot instanceof XYPlot xy) {
            if (style.xLabel() != null && xy.getDomainAxis() != null) {
                xy.getDomainAxis().setLabel(style.xLabel());
            }
            if (style.yLabel() != null && xy.getRangeAxis() != null && !(plot instanceof CombinedDomainXYPlot)) {
                xy.getRangeAxis().setLabel(style.yLabel());
            }
        } else if (plot instanceof CategoryPlot category) {
            if (style.xLabel() != null) {
                category.getDomainAxis().setLabel(style.xLabel());
            }
            if (style.yLabel() != null) {
                category.getRangeAxis().setLabel(style.yLabel());
            }
        }
    }
}
