package io.phasescope.render.phase;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;

/** Draws a chart off screen and returns where its plot and sub-plots went. */
final class DrawnChart {

    private DrawnChart() {}

    /** The rendering info of {@code chart} drawn on a {@code width} × {@code height} px image. */
    static PlotRenderingInfo plotInfo(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        g2.dispose();
        return info.getPlotInfo();
    }
}
