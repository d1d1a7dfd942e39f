package io.phasescope.render;

import java.awt.BasicStroke;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;

/**
 * Scales the line widths of a chart, in place: every series stroke of every XY renderer (dashes too) and every
 * domain and range marker, in XY plots, combined plots and {@link PlotGrid} cells. The factor reached is
 * remembered in the chart's rendering hints, so scaling to 2 and later to 1 restores the builder's widths.
 */
public final class LineScaler {

    private static final RenderingHints.Key SCALE = new ScaleKey();

    private LineScaler() {}

    /**
     * Makes {@code chart}'s lines {@code scale} times as wide as its builder drew them.
     *
     * @param scale 0.25 to 5
     */
    public static void scaleTo(JFreeChart chart, double scale) {
        if (!(scale >= 0.25 && scale <= 5)) {
            throw new IllegalArgumentException("line scale must be in [0.25, 5], was " + scale);
        }
        Object applied = chart.getRenderingHints().get(SCALE);
        double current = applied instanceof Double d ? d : 1;
        scaleBy(chart, scale / current);
        chart.getRenderingHints().put(SCALE, scale);
    }

    /** Records on {@code to} the line scale {@code from} was drawn at (rendering hints are not serialized). */
    static void copyScale(JFreeChart from, JFreeChart to) {
        Object applied = from.getRenderingHints().get(SCALE);
        if (applied != null) {
            to.getRenderingHints().put(SCALE, applied);
        }
    }

    /** Multiplies every line width of {@code chart} by {@code factor} (positive). */
    private static void scaleBy(JFreeChart chart, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("line scale factor must be positive, was " + factor);
        }
        if (factor == 1) {
            return;
        }
        for (XYPlot plot : xyPlots(chart.getPlot())) {
            for (int r = 0; r < plot.getRendererCount(); r++) {
                scaleSeries(
                        plot.getRenderer(r),
                        plot.getDataset(r) == null ? 0 : plot.getDataset(r).getSeriesCount(),
                        factor);
            }
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                scaleMarkers(plot.getDomainMarkers(layer), factor);
                scaleMarkers(plot.getRangeMarkers(layer), factor);
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

    private static void scaleSeries(XYItemRenderer renderer, int series, double factor) {
        if (renderer == null) {
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
                renderer.setSeriesStroke(s, scaled(basic, factor), false);
            }
        }
    }

    private static void scaleMarkers(Collection<?> markers, double factor) {
        if (markers == null) {
            return;
        }
        for (Object m : markers) {
            if (m instanceof Marker marker && marker.getStroke() instanceof BasicStroke basic) {
                marker.setStroke(scaled(basic, factor));
            }
        }
    }

    private static BasicStroke scaled(BasicStroke stroke, double factor) {
        float[] dash = stroke.getDashArray();
        float[] scaledDash = null;
        if (dash != null) {
            scaledDash = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                scaledDash[i] = (float) (dash[i] * factor);
            }
        }
        return new BasicStroke(
                (float) (stroke.getLineWidth() * factor),
                stroke.getEndCap(),
                stroke.getLineJoin(),
                Math.max(1f, stroke.getMiterLimit()),
                scaledDash,
                (float) (stroke.getDashPhase() * factor));
    }

    /** The rendering-hint key under which the applied scale is kept. */
    private static final class ScaleKey extends RenderingHints.Key {
        ScaleKey() {
            super(0x5CA1E);
        }

        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Double;
        }
    }
}
