package io.phasescope.render.training;

import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/** Builds the styled charts of a training run over the datasets of a {@link TrainingChartData}. */
public final class TrainingCharts {

    /** Shown in an empty plot. */
    public static final String NO_DATA = "No data yet";

    private static final String LOSS_LABEL = "cross-entropy (nats)";
    private static final Stroke THIN = new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke THICK = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private TrainingCharts() {}

    /**
     * Raw and smoothed minibatch loss against iteration. The sampling renderer draws tens of thousands
     * of points quickly but has no legend lines of its own, so the legend is given explicitly.
     */
    public static JFreeChart batchLoss(TrainingChartData data, ChartTheme theme) {
        SamplingXYLineRenderer renderer = new SamplingXYLineRenderer();
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setSeriesPaint(0, Palette.withAlpha(Palette.SKY_BLUE, 0.55));
        renderer.setSeriesStroke(0, THIN);
        renderer.setSeriesPaint(1, Palette.BLUE);
        renderer.setSeriesStroke(1, THICK);
        JFreeChart chart = xyChart("Minibatch loss", "iteration", LOSS_LABEL, data.batchLoss(), renderer, theme);
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < data.batchLoss().getSeriesCount(); s++) {
            legend.add(new LegendItem(
                    data.batchLoss().getSeriesKey(s).toString(),
                    null,
                    null,
                    null,
                    new Line2D.Double(-9, 0, 9, 0),
                    THICK,
                    renderer.getSeriesPaint(s)));
        }
        chart.getXYPlot().setFixedLegendItems(legend);
        return chart;
    }

    /** Train and test loss against epoch. */
    public static JFreeChart epochLoss(TrainingChartData data, ChartTheme theme) {
        return xyChart("Loss per epoch", "epoch", LOSS_LABEL, data.epochLoss(), trainTestRenderer(), theme);
    }

    /** Train and test accuracy against epoch, in percent. */
    public static JFreeChart epochAccuracy(TrainingChartData data, ChartTheme theme) {
        JFreeChart chart =
                xyChart("Accuracy per epoch", "epoch", "accuracy", data.epochAccuracy(), trainTestRenderer(), theme);
        ChartStyler.percentTicks((NumberAxis) chart.getXYPlot().getRangeAxis());
        return chart;
    }

    /** The latest test accuracy of each class as bars, 0–100 %. */
    public static JFreeChart classAccuracy(TrainingChartData data, ChartTheme theme) {
        NumberAxis range = new NumberAxis("test accuracy");
        range.setRange(0, 1);
        ChartStyler.percentTicks(range);
        BarRenderer renderer = new BarRenderer();
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setSeriesPaint(0, Palette.TEST);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(data.classAccuracy(), new CategoryAxis("class"), range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.getDomainAxis().setCategoryMargin(0.25);
        plot.setNoDataMessage(NO_DATA);
        JFreeChart chart = new JFreeChart("Test accuracy per class", plot);
        chart.removeLegend();
        return ChartStyler.apply(chart, theme);
    }

    private static JFreeChart xyChart(
            String title, String xLabel, String yLabel, XYDataset dataset, XYItemRenderer renderer, ChartTheme theme) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setNoDataMessage(NO_DATA);
        return ChartStyler.apply(new JFreeChart(title, plot), theme);
    }

    private static XYLineAndShapeRenderer trainTestRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        ChartStyler.keepSeriesStyles(renderer);
        Color[] colors = {Palette.TRAIN, Palette.TEST};
        for (int s = 0; s < colors.length; s++) {
            renderer.setSeriesPaint(s, colors[s]);
            renderer.setSeriesStroke(s, THICK);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        return renderer;
    }
}
