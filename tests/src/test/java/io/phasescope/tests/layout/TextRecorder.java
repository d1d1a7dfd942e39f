package io.phasescope.tests.layout;

import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.fx.FXGraphics2D;

/**
 * Draws a chart the way its {@code ChartViewer} does (through {@link FXGraphics2D} on a canvas of the viewer's size)
 * and records the screen bounds of every string drawn: titles, axis labels, tick labels, legend items.
 */
final class TextRecorder extends FXGraphics2D {

    /** A string drawn, with its bounds in device pixels. */
    record DrawnText(String text, Rectangle2D bounds) {}

    private final List<DrawnText> drawn = new ArrayList<>();

    private TextRecorder(Canvas canvas) {
        super(canvas.getGraphicsContext2D());
    }

    /** What {@code chart} draws at {@code width} × {@code height} px; call on the FX thread. */
    static Drawing draw(JFreeChart chart, double width, double height) {
        TextRecorder g2 = new TextRecorder(new Canvas(width, height));
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), null, info);
        return new Drawing(List.copyOf(g2.drawn), info);
    }

    /** The strings a chart drew and its rendering info (data areas). */
    record Drawing(List<DrawnText> texts, ChartRenderingInfo info) {}

    @Override
    public void drawString(String str, float x, float y) {
        record(str, x, y);
        super.drawString(str, x, y);
    }

    @Override
    public void drawString(String str, int x, int y) {
        record(str, x, y);
        super.drawString(str, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        iterator.first();
        record(text.toString(), x, y);
        super.drawString(iterator, x, y);
    }

    private void record(String text, float x, float y) {
        if (text == null || text.isBlank()) {
            return;
        }
        // the ink of the glyphs, not the line box: stacked tick labels may share leading, not pixels
        Rectangle2D box =
                getFont().createGlyphVector(getFontRenderContext(), text).getVisualBounds();
        Rectangle2D local = new Rectangle2D.Double(x + box.getX(), y + box.getY(), box.getWidth(), box.getHeight());
        drawn.add(
                new DrawnText(text, getTransform().createTransformedShape(local).getBounds2D()));
    }
}
