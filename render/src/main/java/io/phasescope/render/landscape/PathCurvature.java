package io.phasescope.render.landscape;

import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import io.phasescope.render.phase.SaddleStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The curvature parts of {@link PathCharts}: the λ_min(∇²E) panel along t and the saddle-region markers on E_train.
 * Spectra rows are matched to a profile's t values bit for bit (both come from the same {@code path.csv}).
 */
final class PathCurvature {

    /**
     * Label of the λ_min(∇²E) panel's axis (nats per squared parameter unit): short, so that it fits the panel's
     * height; the series say what it is.
     */
    static final String MIN_LABEL = "λ_min";

    private static final Shape SADDLE = SaddleStyle.shape(4);
    private static final BasicStroke LINE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private PathCurvature() {}

    /** λ_min(∇²E) of each path along t, in the path's colour, with a zero line; not in the legend. */
    static XYPlot panel(List<PathProfile> paths, List<List<PathSpectrum>> spectra, Color[] colors, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setDefaultSeriesVisibleInLegend(false);
        for (int p = 0; p < paths.size(); p++) {
            if (spectra.get(p).isEmpty()) {
                continue;
            }
            XYSeries series = new XYSeries("λ_min(∇²E) · " + paths.get(p).kind(), true, true);
            spectra.get(p).forEach(s -> series.add(s.t(), Double.isFinite(s.minE()) ? s.minE() : null));
            int s = data.getSeriesCount();
            data.addSeries(series);
            renderer.setSeriesPaint(s, colors[p % colors.length]);
            renderer.setSeriesStroke(s, LINE);
        }
        NumberAxis axis = new NumberAxis(MIN_LABEL);
        axis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        plot.addRangeMarker(
                new ValueMarker(0, Palette.withAlpha(theme.mutedText(), 0.7), new BasicStroke(1.2f)), Layer.BACKGROUND);
        return plot;
    }

    /**
     * Dataset 1 of {@code losses}: for each path, markers at (t, E_train(t)) where λ_min(∇²E) &lt; 0, drawn above
     * the lines, with one legend entry for all paths.
     */
    static void addSaddles(XYPlot losses, List<PathProfile> paths, List<List<PathSpectrum>> spectra) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setDefaultSeriesVisibleInLegend(false);
        for (int p = 0; p < paths.size(); p++) {
            PathProfile path = paths.get(p);
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < path.t().length; i++) {
                index.put(Double.doubleToLongBits(path.t()[i]), i);
            }
            XYSeries series = new XYSeries(SaddleStyle.SADDLE_OF_E + " · " + path.kind(), true, true);
            for (PathSpectrum s : spectra.get(p)) {
                Integer i = index.get(Double.doubleToLongBits(s.t()));
                if (i != null && s.minE() < 0 && Double.isFinite(path.trainLoss()[i])) {
                    series.add(s.t(), path.trainLoss()[i]);
                }
            }
            int k = data.getSeriesCount();
            data.addSeries(series);
            renderer.setSeriesPaint(k, SaddleStyle.COLOR);
            renderer.setSeriesShape(k, SADDLE);
            renderer.setSeriesShapesFilled(k, true);
        }
        LegendItemCollection legend = losses.getLegendItems();
        legend.add(new LegendItem(SaddleStyle.SADDLE_OF_E, null, null, null, SADDLE, SaddleStyle.COLOR));
        losses.setRenderer(1, renderer, false);
        losses.setDataset(1, data);
        losses.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        losses.setFixedLegendItems(legend);
    }
}
