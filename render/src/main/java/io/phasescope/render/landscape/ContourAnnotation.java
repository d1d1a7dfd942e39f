package io.phasescope.render.landscape;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** Draws contour levels as thin lines over a heat map, all segments of a level as one path. */
final class ContourAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final List<Contours.Level> levels;
    private final Color paint;
    private final float lineWidth;

    /** Serializable throughout, so that a copied chart (for export) keeps its contours. */
    ContourAnnotation(List<Contours.Level> levels, Color paint, float lineWidth) {
        this.levels = List.copyOf(levels);
        this.paint = paint;
        this.lineWidth = lineWidth;
    }

    @Override
    public void draw(
            Graphics2D g2,
            XYPlot plot,
            Rectangle2D dataArea,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            int rendererIndex,
            PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot2D.domainEdge(plot);
        RectangleEdge yEdge = Plot2D.rangeEdge(plot);
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke(lineWidth));
        Line2D.Double line = new Line2D.Double();
        for (Contours.Level level : levels) {
            double[] s = level.segments();
            Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, s.length / 2);
            for (int k = 0; k + 3 < s.length; k += 4) {
                line.setLine(
                        domainAxis.valueToJava2D(s[k], dataArea, xEdge),
                        rangeAxis.valueToJava2D(s[k + 1], dataArea, yEdge),
                        domainAxis.valueToJava2D(s[k + 2], dataArea, xEdge),
                        rangeAxis.valueToJava2D(s[k + 3], dataArea, yEdge));
                path.append(line, false);
            }
            g2.draw(path);
        }
    }
}
