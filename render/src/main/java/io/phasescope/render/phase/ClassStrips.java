package io.phasescope.render.phase;

import io.phasescope.render.ChartStyler;
import java.util.List;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYZDataset;

/**
 * Class × parameter heat maps of accuracy: one row per class, one block per parameter value (λ along a
 * sweep, t along a path), coloured by {@link AccuracyScale}, with its colour bar.
 */
public final class ClassStrips {

    private ClassStrips() {}

    /** A strip of {@code data} (x: parameter, y: class index, z: accuracy) with blocks {@code width} wide. */
    public static XYPlot plot(List<String> classNames, String label, XYZDataset data, double width) {
        SymbolAxis classes = new SymbolAxis(label, classNames.toArray(String[]::new));
        classes.setGridBandsVisible(false);
        classes.setAutoRange(false);
        classes.setRange(-0.5, classNames.size() - 0.5);
        classes.setInverted(true);
        // every class labelled, never every other one: the chart is given the height this needs
        classes.setAutoTickUnitSelection(false);
        classes.setTickUnit(new NumberTickUnit(1));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new AccuracyScale());
        renderer.setBlockWidth(width);
        renderer.setBlockHeight(1);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        XYPlot strip = new XYPlot(data, null, classes, renderer);
        strip.setRangeGridlinesVisible(false);
        return strip;
    }

    /** The colour bar of {@link AccuracyScale}, 0–100 %, for the right edge of a chart. */
    public static PaintScaleLegend accuracyLegend(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.25));
        axis.setNumberFormatOverride(ChartStyler.percent());
        PaintScaleLegend legend = new PaintScaleLegend(new AccuracyScale(), axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(30, 8, 40, 4));
        return legend;
    }
}
