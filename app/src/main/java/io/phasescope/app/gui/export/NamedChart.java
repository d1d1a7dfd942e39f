package io.phasescope.app.gui.export;

import org.jfree.chart.JFreeChart;

/**
 * A chart on screen that can be exported.
 *
 * @param title shown in the export dialog
 * @param fileStem suggested file name without extension, for example {@code "batch-loss"}
 * @param chart the live chart; touch it only on the UI thread
 */
public record NamedChart(String title, String fileStem, JFreeChart chart) {

    public NamedChart {
        if (title == null || title.isBlank() || fileStem == null || fileStem.isBlank() || chart == null) {
            throw new IllegalArgumentException("title, fileStem and chart must be given, were '" + title + "', '"
                    + fileStem + "', " + chart);
        }
    }

    @Override
    public String toString() {
        return title;
    }
}
