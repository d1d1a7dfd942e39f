package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.Palette;
import io.phasescope.render.phase.Curves.Curve;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Losses (E_train, L_λ against λ, E_test; nats) above and test accuracy below, against λ (sorted by λ, transitions as
 * dashed lines) or against ‖θ‖ (each walk in walking order, transitions as the shaded ‖θ‖ gaps they jump). Saddles of
 * L_λ are marked on L_λ against λ and on E_train against ‖θ‖.
 */
final class MetricsChart {

    /** The x of the chart. */
    enum Against {
        LAMBDA,
        NORM
    }

    private static final String ACCURACY = "accuracy";

    private final Against against;
    private final JFreeChart chart;
    private final CombinedDomainXYPlot stack;
    private final XYPlot losses;
    private final XYPlot accuracy;

    MetricsChart(Against against) {
        this.against = against;
        losses = Curves.plot(Curves.lossAxis());
        losses.setNoDataMessage(PhaseCharts.NO_DATA);
        accuracy = Curves.plot(Curves.accuracyAxis(ACCURACY));
        NumberAxis x =
                new NumberAxis(against == Against.LAMBDA ? LambdaUnit.LAMBDA.axisLabel() : PhaseCharts.NORM_LABEL);
        stack = Curves.stack(x, losses, 3, accuracy, 2);
        chart = new JFreeChart(
                against == Against.LAMBDA ? "Loss and accuracy vs λ" : "Loss and accuracy vs ‖θ‖", stack);
    }

    JFreeChart chart() {
        return chart;
    }

    /** Shows the points of {@code l}, registering its plots with {@code marks}. */
    void fill(DiagramLayout l, SelectionMarks marks) {
        LambdaUnit unit = l.diagram.unit();
        boolean lambda = against == Against.LAMBDA;
        ToDoubleFunction<SweepPoint> x = lambda ? l::x : SweepPoint::norm;
        if (lambda) {
            stack.getDomainAxis().setLabel(unit.axisLabel());
            chart.setTitle("Loss and accuracy vs " + unit.symbol());
        }
        List<Curve> lossLines = new ArrayList<>();
        List<Curve> lossProbes = new ArrayList<>();
        lossLines.addAll(Curves.walks(l, PhaseCharts.E_TRAIN, Palette.TRAIN, x, SweepPoint::trainLoss, false));
        lossProbes.addAll(Curves.probes(l, PhaseCharts.E_TRAIN, Palette.TRAIN, x, SweepPoint::trainLoss, false));
        if (lambda) {
            lossLines.addAll(
                    Curves.walks(l, PhaseCharts.L_LAMBDA, PhaseCharts.L_LAMBDA_COLOR, x, SweepPoint::regLoss, false));
            lossProbes.addAll(
                    Curves.probes(l, PhaseCharts.L_LAMBDA, PhaseCharts.L_LAMBDA_COLOR, x, SweepPoint::regLoss, false));
        }
        lossLines.addAll(Curves.walks(l, PhaseCharts.E_TEST, Palette.TEST, x, SweepPoint::testLoss, false));
        lossProbes.addAll(Curves.probes(l, PhaseCharts.E_TEST, Palette.TEST, x, SweepPoint::testLoss, false));
        Curves.setLines(losses, interleaved(lossLines, l.branches.size()), lambda);
        Curves.setProbes(losses, lossProbes);
        Curves.setDots(losses, Curves.saddles(l, x, lambda ? SweepPoint::regLoss : SweepPoint::trainLoss));
        Curves.setLines(
                accuracy,
                Curves.walks(
                        l, PhaseCharts.TEST_ACCURACY, PhaseCharts.ACCURACY_COLOR, x, SweepPoint::testAccuracy, false),
                lambda);
        Curves.setProbes(
                accuracy,
                Curves.probes(
                        l, PhaseCharts.TEST_ACCURACY, PhaseCharts.ACCURACY_COLOR, x, SweepPoint::testAccuracy, false));
        for (XYPlot p : List.of(losses, accuracy)) {
            if (lambda) {
                Curves.transitionLines(p, l);
            } else {
                normGaps(p, l);
            }
            marks.cursor(p, x);
        }
        marks.ring(accuracy, x, SweepPoint::testAccuracy);
        stack.setFixedLegendItems(legend(l, lambda));
    }

    /**
     * The loss curves grouped by walk, as before the split: E_train, (L_λ,) E_test of the first walk, then of the next.
     */
    private static List<Curve> interleaved(List<Curve> byMetric, int walks) {
        if (walks == 0) {
            return byMetric;
        }
        int metrics = byMetric.size() / walks;
        List<Curve> out = new ArrayList<>();
        for (int w = 0; w < walks; w++) {
            for (int m = 0; m < metrics; m++) {
                out.add(byMetric.get(m * walks + w));
            }
        }
        return out;
    }

    private static void normGaps(XYPlot plot, DiagramLayout l) {
        plot.clearDomainMarkers();
        for (Transition t : l.diagram.transitions()) {
            Color paint = BranchStyle.paint(t.branch(), l.rank(t));
            IntervalMarker gap = new IntervalMarker(
                    Math.min(t.normBefore(), t.normAfter()),
                    Math.max(t.normBefore(), t.normAfter()),
                    Palette.withAlpha(paint, 0.12));
            gap.setOutlinePaint(null);
            plot.addDomainMarker(gap, Layer.BACKGROUND);
        }
    }

    private static LegendItemCollection legend(DiagramLayout l, boolean lambda) {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Curves.lineItem(PhaseCharts.E_TRAIN, Palette.TRAIN, Curves.LINE));
        if (lambda) {
            legend.add(Curves.lineItem(PhaseCharts.L_LAMBDA + " = E + λ‖θ‖²", PhaseCharts.L_LAMBDA_COLOR, Curves.LINE));
        }
        legend.add(Curves.lineItem(PhaseCharts.E_TEST, Palette.TEST, Curves.LINE));
        legend.add(Curves.lineItem(PhaseCharts.TEST_ACCURACY, PhaseCharts.ACCURACY_COLOR, Curves.LINE));
        Curves.saddleLegend(legend, l);
        Curves.styleLegend(legend, l);
        if (!lambda && !l.diagram.transitions().isEmpty()) {
            legend.add(BranchStyle.gapItem("‖θ‖ gap of a transition"));
        }
        return legend;
    }
}
