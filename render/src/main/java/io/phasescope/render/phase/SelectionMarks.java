package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepPoint;
import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The selected point in every plot that shows it: a grey cursor line at its x and, where asked, a ring on it (dataset
 * 2 of the plot). The charts register their plots at each redraw; {@link #show} moves the marks alone.
 */
final class SelectionMarks {

    private static final Stroke CURSOR = new BasicStroke(1.2f);
    private static final Stroke RING = new BasicStroke(2.2f);

    /** Where the selected point sits in a plot. */
    private record Ring(ToDoubleFunction<SweepPoint> x, ToDoubleFunction<SweepPoint> y) {}

    private final Map<XYPlot, ToDoubleFunction<SweepPoint>> cursorPlots = new IdentityHashMap<>();
    private final Map<XYPlot, Ring> ringPlots = new IdentityHashMap<>();
    private final Map<XYPlot, Marker> cursors = new IdentityHashMap<>();

    /** Forgets every plot, before the charts are filled again. */
    void clear() {
        cursorPlots.clear();
        ringPlots.clear();
        cursors.clear();
    }

    /** {@code plot} shows the selection as a cursor line at {@code x} of the selected point. */
    void cursor(XYPlot plot, ToDoubleFunction<SweepPoint> x) {
        cursorPlots.put(plot, x);
    }

    /** {@code plot} shows the selection as a cursor line and a ring at ({@code x}, {@code y}) of the point. */
    void ring(XYPlot plot, ToDoubleFunction<SweepPoint> x, ToDoubleFunction<SweepPoint> y) {
        cursorPlots.put(plot, x);
        ringPlots.put(plot, new Ring(x, y));
    }

    /** Moves the marks to {@code selected} ({@code null}: none). */
    void show(SweepPoint selected) {
        for (Map.Entry<XYPlot, ToDoubleFunction<SweepPoint>> e : cursorPlots.entrySet()) {
            XYPlot plot = e.getKey();
            Marker old = cursors.remove(plot);
            if (old != null) {
                plot.removeDomainMarker(0, old, Layer.FOREGROUND, true);
            }
            if (selected != null) {
                ValueMarker cursor =
                        new ValueMarker(e.getValue().applyAsDouble(selected), BranchStyle.neutral(), CURSOR);
                plot.addDomainMarker(0, cursor, Layer.FOREGROUND, true);
                cursors.put(plot, cursor);
            }
        }
        for (Map.Entry<XYPlot, Ring> e : ringPlots.entrySet()) {
            XYSeries series = new XYSeries(PhaseCharts.SELECTED, false, true);
            if (selected != null) {
                series.add(
                        e.getValue().x().applyAsDouble(selected),
                        e.getValue().y().applyAsDouble(selected));
            }
            XYLineAndShapeRenderer renderer = Curves.markerRenderer();
            renderer.setSeriesPaint(0, BranchStyle.neutral());
            renderer.setSeriesShape(0, BranchStyle.selectedShape());
            renderer.setSeriesShapesFilled(0, false);
            renderer.setSeriesOutlineStroke(0, RING);
            e.getKey().setRenderer(2, renderer, false);
            e.getKey().setDataset(2, new XYSeriesCollection(series));
        }
    }
}
