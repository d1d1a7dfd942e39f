package io.phasescope.render.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.render.ChartTheme;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shared x axis of a stacked chart is drawn along the combined plot's data area, and every panel maps x on its
 * own data area: the two must be the same width and place, or the tick labels lie about where the data are (a
 * figure of the ReLU sweep put λ = 0 a hundredth of β to the right of its tick).
 */
class StackedAxisAlignmentTest {

    enum Stacked {
        METRICS_VS_LAMBDA(PhaseCharts::metricsVsLambda),
        METRICS_VS_NORM(PhaseCharts::metricsVsNorm),
        BRANCHES(PhaseCharts::branches),
        CLASS_HEATMAP(PhaseCharts::classHeatmap);

        final BiFunction<PhaseDiagram, ChartTheme, JFreeChart> chart;

        Stacked(BiFunction<PhaseDiagram, ChartTheme, JFreeChart> chart) {
            this.chart = chart;
        }
    }

    @ParameterizedTest
    @EnumSource(Stacked.class)
    void everyPanelSpansExactlyTheSharedAxis(Stacked kind) {
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK, ChartTheme.PRESENTER)) {
            JFreeChart chart = kind.chart.apply(SweepFixtures.diagram(LambdaUnit.LAMBDA), theme);
            PlotRenderingInfo plot = DrawnChart.plotInfo(chart, 900, 600);
            Rectangle2D axis = plot.getDataArea();
            assertThat(plot.getSubplotCount()).as(kind + " is stacked").isGreaterThan(1);
            for (int i = 0; i < plot.getSubplotCount(); i++) {
                Rectangle2D panel = plot.getSubplotInfo(i).getDataArea();
                assertThat(panel.getMinX())
                        .as(kind + " " + theme.id() + " panel " + i + " left")
                        .isEqualTo(axis.getMinX(), within(0.5));
                assertThat(panel.getMaxX())
                        .as(kind + " " + theme.id() + " panel " + i + " right")
                        .isEqualTo(axis.getMaxX(), within(0.5));
            }
        }
    }
}
