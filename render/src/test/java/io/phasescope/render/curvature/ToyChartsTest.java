package io.phasescope.render.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.toy.DeepLinearToy;
import io.phasescope.model.toy.ToyDiagram;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToyChartsTest {

    static final double[] GRID =
            IntStream.rangeClosed(0, 60).mapToDouble(k -> 0.01 * k).toArray();
    static final DeepLinearToy DEPTH_2 = new DeepLinearToy(2, 1);
    static final DeepLinearToy DEPTH_3 = new DeepLinearToy(3, 1);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void depthThreeJumpsAtTheFoldWhenRaisedAndStaysAtTheOriginWhenLowered() {
        ToyDiagram diagram = ToyDiagram.of(DEPTH_3, GRID);

        JFreeChart chart = ToyCharts.diagram(DEPTH_3, diagram, 0.22, ChartTheme.LIGHT);

        XYPlot plot = chart.getXYPlot();
        assertThat(chart.getTitle().getText()).isEqualTo("Depth 3: a first-order jump");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo(ToyCharts.NORM_LABEL);
        assertThat(SpectraChartsTest.keys(plot.getDataset(1)))
                .containsExactly(
                        ToyCharts.MINIMUM, ToyCharts.SADDLE, ToyCharts.ORIGIN_MINIMUM, ToyCharts.ORIGIN_SADDLE);
        XYDataset paths = plot.getDataset(2);
        assertThat(SpectraChartsTest.keys(paths)).containsExactly(ToyCharts.DOWN, ToyCharts.UP);
        double fold = DEPTH_3.foldLambda();
        int drop = indexOfX(paths, 1, fold);
        assertThat(paths.getYValue(1, drop))
                .as("the up path leaves the minimum at the fold")
                .isCloseTo(DEPTH_3.norm(DEPTH_3.minimum(fold)), within(1e-9))
                .isGreaterThan(1);
        assertThat(paths.getXValue(1, drop + 1)).isEqualTo(fold);
        assertThat(paths.getYValue(1, drop + 1)).isZero();
        assertThat(paths.getYValue(0, 0))
                .as("the down path reaches the minimum only at λ = 0")
                .isGreaterThan(1);
        assertThat(paths.getXValue(0, 2)).isZero();
        assertThat(paths.getYValue(0, 2)).isZero();
        assertThat(plot.getDomainMarkers(Layer.BACKGROUND))
                .extracting(m -> ((ValueMarker) m).getLabel())
                .containsExactly("λ_c", "fold");

        XYDataset atCursor = plot.getDataset(0);
        assertThat(SpectraChartsTest.keys(atCursor)).containsExactly("at λ: minimum", "at λ: saddle", "at λ: origin");
        assertThat(atCursor.getXValue(0, 0)).isEqualTo(0.22);
        assertThat(atCursor.getYValue(1, 0))
                .as("the saddle lies below the minimum")
                .isLessThan(atCursor.getYValue(0, 0));
        assertThat(CsvExporter.toCsv(chart)).contains("\n" + ToyCharts.UP + ",");
        assertThat(PngExporter.render(chart, ExportSize.pixels(600, 400)).getWidth())
                .isEqualTo(600);
    }

    @Test
    void depthTwoIsContinuousTheOriginASaddleBelowLambdaC() {
        ToyDiagram diagram = ToyDiagram.of(DEPTH_2, GRID);

        JFreeChart chart = ToyCharts.diagram(DEPTH_2, diagram, 0.7, ChartTheme.DARK);

        XYPlot plot = chart.getXYPlot();
        assertThat(chart.getTitle().getText()).isEqualTo("Depth 2: a continuous transition");
        assertThat(plot.getDomainMarkers(Layer.BACKGROUND))
                .extracting(m -> ((ValueMarker) m).getLabel())
                .containsExactly("λ_c");
        XYDataset lines = plot.getDataset(1);
        assertThat(lines.getYValue(3, 10)).as("origin a saddle at λ = 0.1").isZero();
        assertThat(lines.getYValue(2, 10)).isNaN();
        assertThat(lines.getYValue(2, 55)).as("origin a minimum at λ = 0.55").isZero();
        XYDataset paths = plot.getDataset(2);
        assertThat(paths.getItemCount(1))
                .as("one point added at λ_c, where the branch reaches 0")
                .isEqualTo(GRID.length + 2);
        assertThat(plot.getDataset(0).getSeriesCount())
                .as("past λ_c only the origin is left")
                .isEqualTo(1);
    }

    @Test
    void theProfileShowsTheMinimumAndSaddleOnTheLossCurve() {
        JFreeChart chart = ToyCharts.profile(DEPTH_3, 0.22, ChartTheme.LIGHT);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo(ToyCharts.NORM_LABEL);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo(ToyCharts.LOSS_LABEL);
        XYDataset curve = plot.getDataset(1);
        XYDataset points = plot.getDataset(0);
        double minimumNorm = points.getXValue(0, 0);
        double minimumLoss = points.getYValue(0, 0);
        for (int i = 0; i < curve.getItemCount(0); i++) {
            if (Math.abs(curve.getXValue(0, i) - minimumNorm) < 0.1) {
                assertThat(curve.getYValue(0, i)).isGreaterThanOrEqualTo(minimumLoss - 1e-12);
            }
        }
        double saddleLoss = points.getYValue(1, 0);
        assertThat(saddleLoss).as("the barrier").isGreaterThan(minimumLoss).isGreaterThan(points.getYValue(2, 0));
        assertThat(curve.getXValue(0, curve.getItemCount(0) - 1)).isCloseTo(Math.sqrt(3) * 1.25, within(1e-12));
        assertThat(chart.getTitle().getText()).isEqualTo("Depth 3: L_λ at λ = 0.22, all |w_i| equal");
    }

    private static int indexOfX(XYDataset data, int series, double x) {
        for (int i = 0; i < data.getItemCount(series); i++) {
            if (data.getXValue(series, i) == x) {
                return i;
            }
        }
        throw new AssertionError("no point at x = " + x);
    }
}
