package io.phasescope.render.export;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.PlotGrid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Writes the data a chart draws as a long-format CSV table: one row per point, columns
 * {@code series,<x axis label>,<y axis label>}. XY plots give numeric x; category plots give the
 * category name; heat maps (XYZ data) add a {@code value} column. Combined plots and plot grids add a
 * leading {@code panel} column (the panel's y-axis label or grid title) and name the y column {@code y}.
 * Missing values are left empty. Numbers are written in full precision. Every dataset of a plot is written,
 * in index order, also when the indices have gaps.
 */
public final class CsvExporter {

    private CsvExporter() {}

    /** The CSV text of the data in {@code chart}'s plot: XY, category, combined XY or {@link PlotGrid}. */
    public static String toCsv(JFreeChart chart) {
        Plot plot = chart.getPlot();
        StringBuilder csv = new StringBuilder();
        List<XYPlot> panels = ChartStyler.subplots(plot);
        if (!panels.isEmpty()) {
            List<String> names = panelNames(plot, panels);
            boolean z = panels.stream().anyMatch(CsvExporter::hasZ);
            String x = panels.stream()
                    .map(XYPlot::getDomainAxis)
                    .filter(a ->
                            a != null && a.getLabel() != null && !a.getLabel().isBlank())
                    .map(a -> a.getLabel())
                    .findFirst()
                    .orElse(null);
            row(
                    csv,
                    z
                            ? new String[] {"panel", "series", label(x, "x"), "y", "value"}
                            : new String[] {"panel", "series", label(x, "x"), "y"});
            for (int p = 0; p < panels.size(); p++) {
                xyRows(csv, panels.get(p), names.get(p), z);
            }
        } else if (plot instanceof XYPlot xy) {
            boolean z = hasZ(xy);
            String x = label(xy.getDomainAxis().getLabel(), "x");
            String y = label(xy.getRangeAxis().getLabel(), "y");
            row(csv, z ? new String[] {"series", x, y, "value"} : new String[] {"series", x, y});
            xyRows(csv, xy, null, z);
        } else if (plot instanceof CategoryPlot category) {
            header(
                    csv,
                    category.getDomainAxis().getLabel(),
                    category.getRangeAxis().getLabel());
            for (int d = 0; d < category.getDatasetCount(); d++) {
                CategoryDataset data = category.getDataset(d);
                for (int r = 0; data != null && r < data.getRowCount(); r++) {
                    for (int c = 0; c < data.getColumnCount(); c++) {
                        Number value = data.getValue(r, c);
                        row(
                                csv,
                                data.getRowKey(r).toString(),
                                data.getColumnKey(c).toString(),
                                value == null ? "" : number(value.doubleValue()));
                    }
                }
            }
        } else {
            throw new IllegalArgumentException(
                    "only XY and category plots can be exported as CSV, not " + plot.getPlotType());
        }
        return csv.toString();
    }

    /** One row per item of every dataset of {@code xy}, prefixed with {@code panel} unless it is null. */
    private static void xyRows(StringBuilder csv, XYPlot xy, String panel, boolean z) {
        for (int d : new TreeSet<>(xy.getDatasets().keySet())) {
            XYDataset data = xy.getDataset(d);
            for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    List<String> cells = new ArrayList<>();
                    if (panel != null) {
                        cells.add(panel);
                    }
                    cells.add(data.getSeriesKey(s).toString());
                    cells.add(number(data.getXValue(s, i)));
                    cells.add(number(data.getYValue(s, i)));
                    if (z) {
                        cells.add(data instanceof XYZDataset xyz ? number(xyz.getZValue(s, i)) : "");
                    }
                    row(csv, cells.toArray(String[]::new));
                }
            }
        }
    }

    /** A grid's cell titles, else each panel's y-axis label. */
    private static List<String> panelNames(Plot plot, List<XYPlot> panels) {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            String name = plot instanceof PlotGrid grid
                    ? grid.titles().get(p)
                    : panels.get(p).getRangeAxis() == null
                            ? null
                            : panels.get(p).getRangeAxis().getLabel();
            names.add(label(name, "panel " + (p + 1)));
        }
        return names;
    }

    private static boolean hasZ(XYPlot xy) {
        return xy.getDatasets().values().stream().anyMatch(d -> d instanceof XYZDataset);
    }

    private static String label(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
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
        boolean needsQuotes =
                cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
