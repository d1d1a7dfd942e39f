package io.phasescope.render.phase;

import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A confusion matrix as a heat map: true class down, predicted class across, each cell coloured by the
 * fraction of its true class predicted so ({@link AccuracyScale}) and labelled with the count. Not
 * thread-safe: confine to one thread.
 */
public final class ConfusionMatrixChart {

    /** Title when no matrix is shown. */
    public static final String TITLE = "Confusion matrix";
    /** Label of the predicted-class axis. */
    public static final String PREDICTED = "predicted class";
    /** Label of the true-class axis. */
    public static final String TRUE = "true class";
    /** Series key of the cells: the colour is the fraction of the true class (row) predicted as the column. */
    public static final String SERIES = "fraction of the true class";

    private final JFreeChart chart;
    private final XYPlot plot;
    private final CountLabels labels = new CountLabels();
    private List<String> classNames;
    private ChartTheme theme;

    /** An empty matrix for the classes named {@code classNames}. */
    public ConfusionMatrixChart(List<String> classNames, ChartTheme theme) {
        if (theme == null) {
            throw new IllegalArgumentException("theme must be given");
        }
        this.theme = theme;
        CountRenderer renderer = new CountRenderer(labels);
        renderer.setPaintScale(new AccuracyScale());
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        plot = new XYPlot(new DefaultXYZDataset(), null, null, renderer);
        plot.setNoDataMessage("No model selected");
        plot.setRangeGridlinesVisible(false);
        chart = new JFreeChart(TITLE, plot);
        chart.removeLegend();
        NumberAxis scaleAxis = new NumberAxis(SERIES);
        scaleAxis.setRange(0, 1);
        scaleAxis.setTickUnit(new NumberTickUnit(0.5));
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        scaleAxis.setNumberFormatOverride(percent);
        scaleAxis.setLabel(null);
        PaintScaleLegend legend = new PaintScaleLegend(new AccuracyScale(), scaleAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(8);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(2, 40, 0, 40));
        chart.addSubtitle(legend);
        setClassNames(classNames);
        ChartStyler.apply(chart, theme);
        renderer.setDefaultItemLabelFont(new Font(theme.fontFamily(), Font.PLAIN, 10));
    }

    /** A one-off chart of {@code confusion} ({@code confusion[true][predicted]} counts). */
    public static JFreeChart of(int[][] confusion, List<String> classNames, String title, ChartTheme theme) {
        ConfusionMatrixChart chart = new ConfusionMatrixChart(classNames, theme);
        chart.show(confusion, title);
        return chart.chart();
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The classes of the rows and columns; clears the matrix when they change. */
    public void setClassNames(List<String> names) {
        if (names == null || names.size() < 2) {
            throw new IllegalArgumentException("need at least two class names, got " + names);
        }
        if (names.equals(classNames)) {
            return;
        }
        classNames = List.copyOf(names);
        String[] symbols = classNames.toArray(String[]::new);
        plot.setDomainAxis(classAxis(PREDICTED, symbols, false));
        plot.setRangeAxis(classAxis(TRUE, symbols, true));
        clear();
        ChartStyler.apply(chart, theme);
    }

    /** Shows {@code confusion} ({@code confusion[true][predicted]} counts) under {@code title}. */
    public void show(int[][] confusion, String title) {
        int n = classNames.size();
        if (confusion.length != n) {
            throw new IllegalArgumentException("confusion matrix has " + confusion.length + " rows, expected " + n);
        }
        double[][] xyz = new double[3][n * n];
        int[] counts = new int[n * n];
        for (int t = 0; t < n; t++) {
            if (confusion[t].length != n) {
                throw new IllegalArgumentException("confusion row " + t + " has " + confusion[t].length + " cells");
            }
            long total = 0;
            for (int count : confusion[t]) {
                total += count;
            }
            for (int p = 0; p < n; p++) {
                int i = t * n + p;
                xyz[0][i] = p;
                xyz[1][i] = t;
                xyz[2][i] = total == 0 ? Double.NaN : confusion[t][p] / (double) total;
                counts[i] = confusion[t][p];
            }
        }
        chart.setNotify(false);
        labels.counts = counts;
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(SERIES, xyz);
        plot.setDataset(data);
        chart.setTitle(title);
        chart.setNotify(true);
    }

    /** Shows no matrix. */
    public void clear() {
        chart.setNotify(false);
        labels.counts = new int[0];
        plot.setDataset(new DefaultXYZDataset());
        chart.setTitle(TITLE);
        chart.setNotify(true);
    }

    /** Restyles the chart. */
    public void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        ChartStyler.apply(chart, newTheme);
        plot.getRenderer().setDefaultItemLabelFont(new Font(newTheme.fontFamily(), Font.PLAIN, 10));
    }

    private static SymbolAxis classAxis(String label, String[] symbols, boolean inverted) {
        SymbolAxis axis = new SymbolAxis(label, symbols);
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setRange(-0.5, symbols.length - 0.5);
        axis.setInverted(inverted);
        if (!inverted && Arrays.stream(symbols).anyMatch(s -> s.length() > 3)) {
            axis.setVerticalTickLabels(true);
        }
        return axis;
    }

    /** Labels each cell with its count; empty for zero, so that the few errors stand out. */
    private static final class CountLabels implements XYItemLabelGenerator, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private int[] counts = new int[0];

        @Override
        public String generateLabel(XYDataset dataset, int series, int item) {
            return item < counts.length && counts[item] > 0 ? Integer.toString(counts[item]) : null;
        }

        /** The longest count label. */
        String widest() {
            int max = 0;
            for (int c : counts) {
                max = Math.max(max, c);
            }
            return Integer.toString(max);
        }
    }

    /**
     * Writes dark labels on light cells and near-white labels on dark ones. Not pure white: FXGraphics2D skips
     * setting a paint equal to its last one, and a chart whose last paint equals the next draw's background
     * (white) would be redrawn on a black background after JavaFX restores the canvas state.
     */
    private static final class CountRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;
        private static final Color LIGHT_TEXT = new Color(0xF4, 0xF5, 0xF7);
        private static final Color DARK_TEXT = new Color(0x1A, 0x1C, 0x20);

        private final CountLabels labels;
        /** Whether the counts fit in the cells at the size being drawn; when not, no cell shows its count. */
        private boolean labelsFit = true;

        CountRenderer(CountLabels labels) {
            this.labels = labels;
        }

        @Override
        public void drawItem(
                Graphics2D g2,
                XYItemRendererState state,
                Rectangle2D dataArea,
                PlotRenderingInfo info,
                XYPlot plot,
                ValueAxis domainAxis,
                ValueAxis rangeAxis,
                XYDataset dataset,
                int series,
                int item,
                CrosshairState crosshairState,
                int pass) {
            if (item == 0) {
                double width = Math.abs(domainAxis.lengthToJava2D(1, dataArea, plot.getDomainAxisEdge()));
                double height = Math.abs(rangeAxis.lengthToJava2D(1, dataArea, plot.getRangeAxisEdge()));
                FontMetrics metrics = g2.getFontMetrics(getDefaultItemLabelFont());
                labelsFit = metrics.stringWidth(labels.widest()) + 2 <= width
                        && metrics.getAscent() + metrics.getDescent() <= height;
            }
            super.drawItem(
                    g2,
                    state,
                    dataArea,
                    info,
                    plot,
                    domainAxis,
                    rangeAxis,
                    dataset,
                    series,
                    item,
                    crosshairState,
                    pass);
        }

        @Override
        protected void drawItemLabel(
                Graphics2D g2,
                PlotOrientation orientation,
                XYDataset dataset,
                int series,
                int item,
                double x,
                double y,
                boolean negative) {
            if (labelsFit) {
                super.drawItemLabel(g2, orientation, dataset, series, item, x, y, negative);
            }
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            XYPlot owner = getPlot();
            XYDataset data = owner == null ? null : owner.getDataset();
            if (data instanceof XYZDataset xyz && column < xyz.getItemCount(row)) {
                return AccuracyScale.needsDarkText(xyz.getZValue(row, column)) ? DARK_TEXT : LIGHT_TEXT;
            }
            return LIGHT_TEXT;
        }
    }
}
