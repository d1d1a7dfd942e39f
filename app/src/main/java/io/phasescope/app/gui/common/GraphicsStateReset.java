package io.phasescope.app.gui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.overlay.OverlayFX;
import org.jfree.chart.panel.AbstractOverlay;

/**
 * Works around a stale-state bug between JFreeChart's {@code ChartCanvas} and FXGraphics2D 2.1.5: the canvas
 * draws each chart between {@code GraphicsContext.save()} and {@code restore()}, but FXGraphics2D remembers the
 * last paint, stroke and font it set and skips setting an equal one again. On the next redraw the first
 * paint (the chart background) or stroke equal to the previous draw's last one is therefore never applied and
 * the restored defaults show: a black background, hairlines, the default font. Painted after each chart as an
 * overlay (outside save/restore), this sets a paint, stroke and font that no chart uses, so the next chart's
 * first settings all take effect. It draws nothing.
 */
public final class GraphicsStateReset extends AbstractOverlay implements OverlayFX {

    private static final Color PAINT = new Color(1, 2, 3, 0);
    private static final Font FONT = new Font(Font.DIALOG, Font.PLAIN, 1);

    @Override
    public void paintOverlay(Graphics2D g2, ChartCanvas canvas) {
        g2.setPaint(PAINT);
        g2.setStroke(new BasicStroke(0.125f));
        g2.setFont(FONT);
    }

    /** Swing's chart panel has no such bug: nothing to do. */
    @Override
    public void paintOverlay(Graphics2D g2, ChartPanel panel) {
        // Java2D applies every setting; only FXGraphics2D caches them
    }
}
