package io.phasescope.app.export;

import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart on screen that can be exported.
 *
 * @param title shown in the export dialog
 * @param fileStem suggested file name without extension, for example {@code "batch-loss"}
 * @param source the chart shown now (views that rebuild their chart hand over their viewer's getter); touch it
 *     only on the UI thread
 */
public record NamedChart(String title, String fileStem, Supplier<JFreeChart> source) {

    public NamedChart {
        if (title == null || title.isBlank() || fileStem == null || fileStem.isBlank() || source == null) {
            throw new IllegalArgumentException(
                    "title, fileStem and source must be given, were '" + title + "', '" + fileStem + "', " + source);
        }
    }

    /** A chart that stays the same object while it is shown (its data change in place). */
    public NamedChart(String title, String fileStem, JFreeChart chart) {
        this(title, fileStem, fixed(chart));
    }

    /** The chart shown now. */
    public JFreeChart chart() {
        return source.get();
    }

    private static Supplier<JFreeChart> fixed(JFreeChart chart) {
        if (chart == null) {
            throw new IllegalArgumentException("chart must be given");
        }
        return () -> chart;
    }

    @Override
    public String toString() {
        return title;
    }
}
