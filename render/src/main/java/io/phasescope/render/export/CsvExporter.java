package io.phasescope.render.export;

import io.phasescope.model.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Writes the data a chart draws as a long-format CSV table: one row per point, columns
 * {@code series,<x axis label>,<y axis label>}. XY plots give numeric x; category plots give the
 * category name. Missing values are left empty. Numbers are written in full precision.
 */
public final class CsvExporter {

    private CsvExporter() {
    }

    /** The CSV text of the data in {@code chart}'s plot (an {@link XYPlot} or a {@link CategoryPlot}). */
    public static String toCsv(JFreeChart chart) {
        Plot plot = chart.getPlot();
        StringBuilder csv = new StringBuilder();
        if (plot instanceof XYPlot xy) {
            header(csv, xy.getDomainAxis().getLabel(), xy.getRangeAxis().getLabel());
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                XYDataset data = xy.getDataset(d);
                for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        row(csv, data.getSeriesKey(s).toString(), number(data.getXValue(s, i)), number(data.getYValue(s, i)));
                    }
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            header(csv, category.getDomainAxis().getLabel(), category.getRangeAxis().getLabel());
            for (int d = 0; d < category.getDatasetCount(); d++) {
                CategoryDataset data = category.getDataset(d);
                for (int r = 0; data != null && r < data.getRowCount(); r++) {
                    for (int c = 0; c < data.getColumnCount(); c++) {
                        Number value = data.getValue(r, c);
                        row(csv, data.getRowKey(r).toString(), data.getColumnKey(c).toString(),
                                value == null ? "" : number(value.doubleValue()));
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("only XY and category plots can be exported as CSV, not "
                    + plot.getPlotType());
        }
        return csv.toString();
    }

    /** Writes {@link #toCsv(JFreeChart)} to {@code file} in UTF-8. */
    public static void write(JFreeChart chart, Path file) throws IOException {
        byte[] csv = toCsv(chart).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(csv));
    }

    private static void header(StringBuilder csv, String x, String y) {
        row(csv, "series", x == null || x.isBlank() ? "x" : x, y == null || y.isBlank() ? "y" : y);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(quote(cells[i]));
        }
        csv.append('\n');
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static String quote(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
