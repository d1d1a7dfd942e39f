package io.phasescope.render.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.PlotGrid;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * Two sweeps of seed 1 overlaid (learning rates 0.01 and 0.03): every chart draws four walks, not two merged ones,
 * and its legend names each by its variant.
 */
class SameSeedVariantsChartTest {

    private static PhaseDiagram twoRatesOfSeedOne() {
        List<SweepPoint> points = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        for (String rate : List.of("lr 0.01", "lr 0.03")) {
            SweepFixtures.upDown(1).forEach(p -> points.add(p.withVariant(rate)));
            SweepFixtures.transitions(1).forEach(t -> transitions.add(t.withVariant(rate)));
        }
        return new PhaseDiagram(SweepFixtures.DIGITS, points, List.of(), transitions, LambdaUnit.LAMBDA, null);
    }

    @Test
    void theWalksOfBothVariantsAreSeparateSeriesInTheirOwnColours() {
        JFreeChart chart = PhaseCharts.branches(twoRatesOfSeedOne(), ChartTheme.LIGHT);

        XYPlot accuracy =
                (XYPlot) ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0);
        XYDataset walks = accuracy.getDataset(0);
        List<String> keys = new ArrayList<>();
        List<Paint> paints = new ArrayList<>();
        for (int s = 0; s < walks.getSeriesCount(); s++) {
            keys.add(walks.getSeriesKey(s).toString());
            paints.add(accuracy.getRenderer(0).getSeriesPaint(s));
            assertThat(walks.getItemCount(s)).isEqualTo(SweepFixtures.GRID);
        }
        assertThat(keys)
                .containsExactly(
                        "test accuracy · up · lr 0.01 · seed 1",
                        "test accuracy · down · lr 0.01 · seed 1",
                        "test accuracy · up · lr 0.03 · seed 1",
                        "test accuracy · down · lr 0.03 · seed 1");
        assertThat(paints).doesNotHaveDuplicates();
        assertThat(labels(chart.getPlot().getLegendItems())).contains("up · lr 0.01 · seed 1", "up · lr 0.03 · seed 1");
    }

    @Test
    void theLegendsOfTheMetricsAndTheClassMultiplesNameBothVariants() {
        PhaseDiagram diagram = twoRatesOfSeedOne();

        JFreeChart metrics = PhaseCharts.metricsVsLambda(diagram, ChartTheme.LIGHT);
        PlotGrid multiples =
                (PlotGrid) PhaseCharts.classMultiples(diagram, ChartTheme.LIGHT).getPlot();

        assertThat(labels(metrics.getPlot().getLegendItems())).contains("lr 0.01 · seed 1", "lr 0.03 · seed 1");
        assertThat(labels(multiples.getLegendItems()))
                .containsSubsequence(
                        "up · lr 0.01 · seed 1",
                        "down · lr 0.01 · seed 1",
                        "up · lr 0.03 · seed 1",
                        "down · lr 0.03 · seed 1");
    }

    private static List<String> labels(LegendItemCollection items) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
