package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * Test accuracy (above) and ‖θ‖ (below) of every branch and seed overlaid against λ, each walk in its own colour: the
 * hysteresis loop when the sweep went up and down.
 */
final class BranchesChart {

    private final JFreeChart chart;
    private final CombinedDomainXYPlot stack;
    private final XYPlot accuracy;
    private final XYPlot norm;

    BranchesChart() {
        accuracy = Curves.plot(Curves.accuracyAxis(PhaseCharts.ACCURACY_LABEL));
        accuracy.setNoDataMessage(PhaseCharts.NO_DATA);
        NumberAxis normAxis = new NumberAxis(PhaseCharts.NORM);
        normAxis.setAutoRangeIncludesZero(false);
        norm = Curves.plot(normAxis);
        stack = Curves.stack(new NumberAxis(LambdaUnit.LAMBDA.axisLabel()), accuracy, 3, norm, 2);
        chart = new JFreeChart("Branches and seeds", stack);
    }

    JFreeChart chart() {
        return chart;
    }

    void fill(DiagramLayout l, SelectionMarks marks) {
        LambdaUnit unit = l.diagram.unit();
        stack.getDomainAxis().setLabel(unit.axisLabel());
        boolean loop = l.branchTypes.contains(Branch.UP) && l.branchTypes.contains(Branch.DOWN);
        chart.setTitle(
                loop
                        ? "Hysteresis: up and down branches vs " + unit.symbol()
                        : "Branches and seeds vs " + unit.symbol());
        ToDoubleFunction<SweepPoint> x = l::x;
        Curves.setLines(
                accuracy, Curves.walks(l, PhaseCharts.TEST_ACCURACY, null, x, SweepPoint::testAccuracy, true), true);
        Curves.setProbes(
                accuracy, Curves.probes(l, PhaseCharts.TEST_ACCURACY, null, x, SweepPoint::testAccuracy, true));
        Curves.setLines(norm, Curves.walks(l, PhaseCharts.NORM, null, x, SweepPoint::norm, true), true);
        Curves.setProbes(norm, Curves.probes(l, PhaseCharts.NORM, null, x, SweepPoint::norm, true));
        for (XYPlot p : List.of(accuracy, norm)) {
            Curves.transitionLines(p, l);
        }
        marks.ring(accuracy, x, SweepPoint::testAccuracy);
        marks.ring(norm, x, SweepPoint::norm);
        LegendItemCollection legend = new LegendItemCollection();
        Curves.walkLegend(legend, l, true);
        Curves.extras(legend, l);
        stack.setFixedLegendItems(legend);
    }
}
