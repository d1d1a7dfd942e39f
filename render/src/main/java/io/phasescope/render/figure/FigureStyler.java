package io.phasescope.render.figure;

import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.PlotGrid;
import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;

/**
 * Applies a {@link FigureStyle} to a chart, in place — use it on a copy (see {@code ChartSnapshot}). Fonts come
 * from a theme with the style's family and scale; line widths of every series of every XY renderer are scaled
 * (dashes too); texts and the legend follow the style.
 */
public final class FigureStyler {

    private FigureStyler() {
    }

    /** Restyles {@code chart} with {@code style}, starting from {@code screen} unless the style asks for paper. */
    public static JFreeChart apply(JFreeChart chart, FigureStyle style, ChartTheme screen) {
        ChartTheme base = style.paper() ? ChartTheme.LIGHT : screen;
        ChartTheme theme = new ChartTheme(base.id() + "-figure", base.background(), base.text(), base.mutedText(),
                base.grid(), style.fontFamily(), style.fontScale());
        ChartStyler.apply(chart, theme);
        if (style.title() != null) {
            chart.setTitle(style.title().isBlank() ? null : style.title());
            if (chart.getTitle() != null) {
                chart.getTitle().setFont(theme.titleFont());
                chart.getTitle().setPaint(theme.text());
            }
        }
        labels(chart.getPlot(), style);
        for (XYPlot plot : xyPlots(chart.getPlot())) {
            for (int r = 0; r < plot.getRendererCount(); r++) {
                scaleLines(plot.getRenderer(r), plot.getDataset(r) == null ? 0 : plot.getDataset(r).getSeriesCount(),
                        style.lineScale());
            }
        }
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

    /** Every XY plot of {@code plot}: itself, or the sub-plots of combined plots and grids. */
    private static List<XYPlot> xyPlots(Plot plot) {
        List<XYPlot> plots = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            plots.addAll(combined.getSubplots());
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            plots.addAll(combined.getSubplots());
        } else if (plot instanceof PlotGrid grid) {
            plots.addAll(grid.cells());
        } else if (plot instanceof XYPlot xy) {
            plots.add(xy);
        }
        return plots;
    }

    private static void scaleLines(XYItemRenderer renderer, int series, double scale) {
        if (renderer == null || scale == 1) {
            return;
        }
        if (renderer instanceof AbstractRenderer abstractRenderer) {
            ChartStyler.keepSeriesStyles(abstractRenderer);
        }
        for (int s = 0; s < series; s++) {
            Stroke stroke = renderer.getSeriesStroke(s);
            if (stroke == null) {
                stroke = renderer.getDefaultStroke();
            }
            if (stroke instanceof BasicStroke basic) {
                renderer.setSeriesStroke(s, scaled(basic, scale));
            }
        }
    }

    private static BasicStroke scaled(BasicStroke stroke, double scale) {
        float[] dash = stroke.getDashArray();
        float[] scaledDash = null;
        if (dash != null) {
            scaledDash = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                scaledDash[i] = (float) (dash[i] * scale);
            }
        }
        return new BasicStroke((float) (stroke.getLineWidth() * scale), stroke.getEndCap(), stroke.getLineJoin(),
                Math.max(1f, stroke.getMiterLimit()), scaledDash, (float) (stroke.getDashPhase() * scale));
    }
}
