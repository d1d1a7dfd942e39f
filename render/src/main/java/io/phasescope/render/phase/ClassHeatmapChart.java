package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Class × λ heat maps of the per-class test accuracy ({@link ClassStrips}), one strip per branch (seeds averaged per
 * grid λ), transitions as white lines, with the accuracy colour bar at the right.
 */
final class ClassHeatmapChart {

    private static final Color TRANSITION = new Color(255, 255, 255, 220);

    private final JFreeChart chart;
    private final CombinedDomainXYPlot stack;

    ClassHeatmapChart() {
        NumberAxis axis = new NumberAxis(LambdaUnit.LAMBDA.axisLabel());
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        stack = new CombinedDomainXYPlot(axis);
        stack.setGap(10);
        chart = new JFreeChart("Test accuracy per class and λ", stack);
        chart.removeLegend();
        chart.addSubtitle(ClassStrips.accuracyLegend(PhaseCharts.ACCURACY_LABEL));
    }

    JFreeChart chart() {
        return chart;
    }

    void fill(DiagramLayout l, SelectionMarks marks) {
        LambdaUnit unit = l.diagram.unit();
        chart.setTitle("Test accuracy per class and " + unit.symbol());
        for (XYPlot old : List.copyOf(stack.getSubplots())) {
            stack.remove(old);
        }
        stack.getDomainAxis().setLabel(unit.axisLabel());
        List<String> names = l.diagram.classNames();
        double width = l.blockWidth();
        Map<Branch, List<SweepPoint>> byBranch = new LinkedHashMap<>();
        for (List<SweepPoint> points : l.branches.values()) {
            byBranch.computeIfAbsent(points.get(0).branch(), b -> new ArrayList<>())
                    .addAll(points);
        }
        if (byBranch.isEmpty()) {
            XYPlot empty = ClassStrips.plot(names, "class", new DefaultXYZDataset(), width);
            empty.setNoDataMessage(PhaseCharts.NO_DATA);
            stack.add(empty);
            return;
        }
        for (Map.Entry<Branch, List<SweepPoint>> e : byBranch.entrySet()) {
            DefaultXYZDataset data = new DefaultXYZDataset();
            data.addSeries(e.getKey().id(), meanPerClass(e.getValue(), names.size(), unit));
            XYPlot strip = ClassStrips.plot(names, e.getKey().id() + " · class", data, width);
            for (Transition t : l.diagram.transitions()) {
                if (t.branch() == e.getKey()) {
                    strip.addDomainMarker(
                            new ValueMarker(unit.of(t.lambdaC()), TRANSITION, BranchStyle.transitionStroke()),
                            Layer.FOREGROUND);
                }
            }
            marks.cursor(strip, l::x);
            stack.add(strip);
        }
    }

    /** The grid points of one branch averaged over seeds, per grid λ: rows x (in {@code unit}), class, accuracy. */
    private static double[][] meanPerClass(List<SweepPoint> points, int classes, LambdaUnit unit) {
        TreeMap<Double, double[]> sums = new TreeMap<>();
        for (SweepPoint p : points) {
            double[] sum = sums.computeIfAbsent(p.lambda(), k -> new double[classes + 1]);
            for (int c = 0; c < classes; c++) {
                sum[c] += p.perClassAccuracy()[c];
            }
            sum[classes]++;
        }
        double[][] xyz = new double[3][sums.size() * classes];
        int i = 0;
        for (Map.Entry<Double, double[]> e : sums.entrySet()) {
            double[] sum = e.getValue();
            for (int c = 0; c < classes; c++) {
                xyz[0][i] = unit.of(e.getKey());
                xyz[1][i] = c;
                xyz[2][i] = sum[c] / sum[classes];
                i++;
            }
        }
        return xyz;
    }
}
