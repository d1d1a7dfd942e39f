package io.phasescope.render.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.StopReason;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.phase.LambdaUnit;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TraceChartTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static PointSpectrum row(Branch branch, double lambda, double trace, double error) {
        return new PointSpectrum(
                branch, 1, lambda, new double[] {4}, new double[] {-0.1}, trace, error, 40, true, 300, 0.5);
    }

    @Test
    void oneBandPerWalkOfTraceAndTwoStandardErrorsInTheUnitShown() {
        List<PointSpectrum> rows = List.of(
                row(Branch.UP, 0.02, 30, 1.5),
                row(Branch.UP, 0.0, 50, 2),
                row(Branch.UP, 0.04, Double.NaN, Double.NaN),
                row(Branch.DOWN, 0.04, 10, 0.5));

        JFreeChart chart =
                TraceChart.alongSweep(new SpectraDiagram(rows, List.of(), LambdaUnit.BETA, 0, 0.05), ChartTheme.LIGHT);

        YIntervalSeriesCollection data =
                (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(0)).isEqualTo("tr ∇²E · up · seed 1");
        assertThat(data.getItemCount(0))
                .as("the point without a trace is left out")
                .isEqualTo(2);
        assertThat(data.getXValue(0, 0)).as("sorted by λ, drawn in β").isEqualTo(0.0);
        assertThat(data.getXValue(0, 1)).isCloseTo(0.04, within(1e-12));
        assertThat(data.getYValue(0, 1)).isEqualTo(30);
        assertThat(data.getStartYValue(0, 1)).isEqualTo(27);
        assertThat(data.getEndYValue(0, 1)).isEqualTo(33);
        assertThat(chart.getXYPlot().getDomainAxis().getUpperBound()).isCloseTo(0.102, within(1e-9));
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void againstTheNormEachTraceSitsAtItsPointsNorm() {
        List<PointSpectrum> rows = List.of(row(Branch.UP, 0.0, 50, 2), row(Branch.UP, 0.02, 30, 1.5));
        List<SweepPoint> points = List.of(point(0, 0.0, 12.5), point(1, 0.02, 7.25));

        JFreeChart chart = TraceChart.alongSweep(
                new SpectraDiagram(
                        rows, List.of(), LambdaUnit.LAMBDA, Double.NaN, Double.NaN, points, SpectraAxis.NORM),
                ChartTheme.LIGHT);

        YIntervalSeriesCollection data =
                (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(data.getXValue(0, 0)).isEqualTo(12.5);
        assertThat(data.getXValue(0, 1)).isEqualTo(7.25);
        assertThat(chart.getTitle().getText()).contains("vs ‖θ‖");
    }

    private static SweepPoint point(int index, double lambda, double norm) {
        return new SweepPoint(
                Branch.UP,
                1,
                index,
                lambda,
                0.1,
                0.2,
                0.1,
                0.9,
                norm,
                norm,
                3,
                1,
                new double[] {0.9, 0.9},
                StopReason.CONVERGED);
    }

    @Test
    void withoutATraceTheChartSaysHowToGetOne() {
        JFreeChart chart = TraceChart.alongSweep(
                new SpectraDiagram(List.of(row(Branch.UP, 0, Double.NaN, Double.NaN)), List.of(), LambdaUnit.LAMBDA),
                ChartTheme.DARK);

        assertThat(chart.getXYPlot().getDataset()).isNull();
        assertThat(chart.getXYPlot().getNoDataMessage()).isEqualTo(TraceChart.NO_DATA);
        assertThat(chart.getLegend()).isNull();
    }
}
