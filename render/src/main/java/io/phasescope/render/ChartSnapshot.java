package io.phasescope.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * A deep copy of a chart and its data, detached from every listener, so that it can be drawn or exported
 * on another thread while the original keeps changing on its own.
 */
public final class ChartSnapshot {

    private ChartSnapshot() {}

    /** Copies {@code chart}, datasets and line scale included, by serializing it. Call on the thread that owns the chart. */
    public static JFreeChart of(JFreeChart chart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(chart);
        } catch (IOException e) {
            throw new IllegalStateException("chart '" + chart.getTitle() + "' cannot be copied: " + e, e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            JFreeChart copy = (JFreeChart) in.readObject();
            LineScaler.copyScale(chart, copy);
            return copy;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("chart copy cannot be read back: " + e, e);
        }
    }
}
