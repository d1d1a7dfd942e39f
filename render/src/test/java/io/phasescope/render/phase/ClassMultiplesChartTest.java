package io.phasescope.render.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.StopReason;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.PlotGrid;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * The per-class charts stay readable: a class that flips between 0 and 100 % from one point to the next (the trivial
 * phase predicts one class, a different one at each point) is drawn as dots, not as a thicket of vertical spikes;
 * the class × λ heat map labels every class.
 */
class ClassMultiplesChartTest {

    @Test
    void aPointThatJumpsAwayFromBothNeighboursIsASpike() {
        boolean[] spikes = ClassMultiplesChart.spikes(new double[] {0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0});
        assertThat(spikes)
                .as("runs of one and two points away from both sides are dots, a run of three is a plateau")
                .containsExactly(false, true, true, true, true, true, false, false, false, false, false, false, false);
        assertThat(ClassMultiplesChart.spikes(new double[] {1, 0.9, 0.2, 0.1, 0.1}))
                .as("a transition is a step, not a spike")
                .containsOnly(false);
    }

    @Test
    void noLineOfTheMultiplesRunsUpAndStraightBackDown() {
        // a down branch in the trivial phase: every point predicts one class, 3 or 6 in turn
        List<SweepPoint> walk = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double[] perClass = new double[10];
            perClass[i % 2 == 0 ? 3 : 6] = 1;
            walk.add(new SweepPoint(
                    Branch.DOWN,
                    1,
                    i,
                    0.05 - 0.004 * i,
                    2.3,
                    2.3,
                    2.3,
                    0.1,
                    0.2,
                    0.2,
                    5,
                    0.5,
                    perClass,
                    StopReason.CONVERGED));
        }
        PhaseDiagram diagram =
                new PhaseDiagram(SweepFixtures.DIGITS, walk, List.of(), List.of(), LambdaUnit.LAMBDA, null);
        PlotGrid grid =
                (PlotGrid) PhaseCharts.classMultiples(diagram, ChartTheme.LIGHT).getPlot();
        assertThat(grid.cells().get(3).getDataset(3).getItemCount(0))
                .as("every inner point of class 3, each away from both neighbours, a dot")
                .isEqualTo(10);
        for (XYPlot cell : grid.cells()) {
            XYDataset lines = cell.getDataset(0);
            for (int s = 0; s < lines.getSeriesCount(); s++) {
                double[] y = new double[lines.getItemCount(s)];
                for (int i = 0; i < y.length; i++) {
                    y[i] = lines.getYValue(s, i);
                }
                for (int i = 1; i + 1 < y.length; i++) {
                    boolean drawn = !Double.isNaN(y[i - 1]) && !Double.isNaN(y[i]) && !Double.isNaN(y[i + 1]);
                    boolean spike = (y[i] - y[i - 1]) * (y[i] - y[i + 1]) > 0
                            && Math.min(Math.abs(y[i] - y[i - 1]), Math.abs(y[i] - y[i + 1]))
                                    > ClassMultiplesChart.SPIKE;
                    assertThat(drawn && spike)
                            .as("spike at item %d of %s", i, lines.getSeriesKey(s))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void everyCellHasTheSameDataAreaEvenInTheLeftColumnAndBottomRow() {
        JFreeChart chart = PhaseCharts.classMultiples(SweepFixtures.diagram(LambdaUnit.LAMBDA), ChartTheme.LIGHT);
        PlotRenderingInfo grid = DrawnChart.plotInfo(chart, 640, 380);
        assertThat(grid.getSubplotCount()).isEqualTo(10);
        Rectangle2D first = grid.getSubplotInfo(0).getDataArea();
        for (int i = 1; i < 10; i++) {
            Rectangle2D cell = grid.getSubplotInfo(i).getDataArea();
            assertThat(cell.getWidth()).as("width of class %d", i).isCloseTo(first.getWidth(), within(2.0));
            assertThat(cell.getHeight()).as("height of class %d", i).isCloseTo(first.getHeight(), within(2.0));
        }
    }

    @Test
    void theHeatMapLabelsEveryClass() {
        CombinedDomainXYPlot stack = (CombinedDomainXYPlot)
                PhaseCharts.classHeatmap(SweepFixtures.diagram(LambdaUnit.LAMBDA), ChartTheme.LIGHT)
                        .getPlot();
        for (XYPlot strip : stack.getSubplots()) {
            SymbolAxis classes = (SymbolAxis) strip.getRangeAxis();
            assertThat(classes.isAutoTickUnitSelection()).isFalse();
            assertThat(classes.getTickUnit().getSize()).isEqualTo(1);
        }
    }
}
