package io.phasescope.render.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.model.train.StopReason;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import io.phasescope.render.phase.LambdaUnit;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpectraChartsTest {

    /** λ_min(∇²E) = −0.05 everywhere: λ_min(∇²L_λ) = 2λ − 0.05 crosses zero at λ = 0.025. */
    static final double MIN_E = -0.05;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Six points per branch at λ = 0, 0.01, …, 0.05, the up branch in rising and the down branch in falling order. */
    static List<PointSpectrum> rows() {
        List<PointSpectrum> rows = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            rows.add(row(Branch.UP, 0.01 * i));
        }
        for (int i = 5; i >= 0; i--) {
            rows.add(row(Branch.DOWN, 0.01 * i));
        }
        return rows;
    }

    static PointSpectrum row(Branch branch, double lambda) {
        return new PointSpectrum(
                branch,
                1,
                lambda,
                new double[] {4 + lambda, 2, 1},
                new double[] {MIN_E, 0.001},
                Double.NaN,
                Double.NaN,
                40,
                true,
                300,
                0.5);
    }

    static Transition transition(Branch branch, double lambdaC) {
        return new Transition(
                branch, 1, lambdaC, lambdaC - 0.005, lambdaC + 0.005, 3, 1, 0.9, 0.6, List.of(2), TransitionKind.FULL);
    }

    @Test
    void topRanksAboveAndTheSmallestWithMinusTwoLambdaSaddlesAndTransitionsBelow() {
        SpectraDiagram diagram = new SpectraDiagram(
                rows(), List.of(transition(Branch.UP, 0.032), transition(Branch.DOWN, 0.012)), LambdaUnit.LAMBDA);

        JFreeChart chart = SpectraCharts.alongSweep(diagram, ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getDomainAxis().getLabel()).isEqualTo(LambdaUnit.LAMBDA.axisLabel());
        assertThat(chart.getTitle().getText()).isEqualTo("Hessian eigenvalues (nats/θ²) along the sweep vs λ");
        XYPlot top = stack.getSubplots().get(0);
        XYPlot bottom = stack.getSubplots().get(1);
        assertThat(top.getRangeAxis().getLabel()).isEqualTo(SpectraCharts.TOP_LABEL);
        assertThat(bottom.getRangeAxis().getLabel()).isEqualTo(SpectraCharts.BOTTOM_LABEL);
        assertThat(keys(top.getDataset(0)))
                .containsExactly(
                        "top 1 · up · seed 1",
                        "top 2 · up · seed 1",
                        "top 3 · up · seed 1",
                        "top 1 · down · seed 1",
                        "top 2 · down · seed 1",
                        "top 3 · down · seed 1");
        assertThat(top.getDataset(0).getYValue(0, 5)).isCloseTo(4.05, within(1e-12));
        assertThat(keys(bottom.getDataset(0)))
                .containsExactly(
                        "λ_min(∇²E) · up · seed 1",
                        "bottom 2 · up · seed 1",
                        "λ_min(∇²L_λ) · up · seed 1",
                        "λ_min(∇²E) · down · seed 1",
                        "bottom 2 · down · seed 1",
                        "λ_min(∇²L_λ) · down · seed 1",
                        "−2λ");
        XYDataset lows = bottom.getDataset(0);
        assertThat(lows.getXValue(5, 0)).as("each walk sorted by λ").isZero();
        assertThat(lows.getYValue(1, 3)).isEqualTo(0.001);
        assertThat(lows.getYValue(2, 5)).isCloseTo(MIN_E + 0.1, within(1e-12));
        assertThat(lows.getYValue(6, 5)).as("−2λ").isCloseTo(-0.1, within(1e-12));
        assertThat(keys(bottom.getDataset(1)))
                .containsExactly(SpectraCharts.SADDLE + " · up · seed 1", SpectraCharts.SADDLE + " · down · seed 1");
        assertThat(bottom.getDataset(1).getItemCount(0))
                .as("λ = 0, 0.01, 0.02 have 2λ < 0.05")
                .isEqualTo(3);
        assertThat(bottom.getRangeMarkers(Layer.BACKGROUND))
                .extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(0.0);
        for (XYPlot plot : List.of(top, bottom)) {
            List<Marker> lines = new ArrayList<>(plot.getDomainMarkers(Layer.BACKGROUND));
            assertThat(lines).extracting(m -> ((ValueMarker) m).getValue()).containsExactly(0.032, 0.012);
            assertThat(lines)
                    .allSatisfy(m -> assertThat(((BasicStroke) m.getStroke()).getDashArray())
                            .isNotNull());
        }
        List<String> legend = legend(stack);
        assertThat(legend)
                .contains(
                        "λ_max(∇²E)",
                        "top 2–3",
                        SpectraCharts.MIN_E,
                        "bottom 2",
                        SpectraCharts.SADDLE_LEGEND,
                        "up",
                        "down",
                        "transition");
        assertThat(legend)
                .as("a compact legend: one entry for the ranks between the extremes, short texts")
                .hasSizeLessThanOrEqualTo(10)
                .allSatisfy(item -> assertThat(item).hasSizeLessThanOrEqualTo(16));
        assertThat(PngExporter.render(chart, ExportSize.pixels(800, 600)).getWidth())
                .isEqualTo(800);
    }

    @Test
    void inBetaTheAxisAndPositionsChangeButMinusTwoLambdaStaysMinusBeta() {
        JFreeChart chart = SpectraCharts.alongSweep(
                new SpectraDiagram(rows().subList(0, 6), List.of(transition(Branch.UP, 0.032)), LambdaUnit.BETA),
                ChartTheme.DARK);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getDomainAxis().getLabel()).isEqualTo(LambdaUnit.BETA.axisLabel());
        XYPlot bottom = stack.getSubplots().get(1);
        XYDataset lows = bottom.getDataset(0);
        assertThat(lows.getXValue(3, 5)).isCloseTo(0.1, within(1e-12));
        assertThat(lows.getYValue(3, 5)).isCloseTo(-0.1, within(1e-12));
        assertThat(((ValueMarker) bottom.getDomainMarkers(Layer.BACKGROUND)
                                .iterator()
                                .next())
                        .getValue())
                .isCloseTo(0.064, within(1e-12));
        List<String> legend = legend(stack);
        assertThat(legend).as("one branch: no line-style entries").doesNotContain("up", "down");
    }

    @Test
    void exportsEveryCurveAsCsvAndShowsAHintWhenEmpty() {
        String csv = CsvExporter.toCsv(
                SpectraCharts.alongSweep(new SpectraDiagram(rows(), List.of(), LambdaUnit.LAMBDA), ChartTheme.LIGHT));

        assertThat(csv).startsWith("panel,series," + LambdaUnit.LAMBDA.axisLabel() + ",y\n");
        assertThat(csv.lines().filter(l -> l.startsWith(SpectraCharts.BOTTOM_LABEL + ",−2λ,")))
                .hasSize(6);
        assertThat(csv).contains(SpectraCharts.TOP_LABEL + ",top 1 · up · seed 1,0.05,4.05\n");
        assertThat(csv.lines().count())
                .as("header, top 3, bottom 2 and λ_min(∇²L_λ) per walk, −2λ, saddles")
                .isEqualTo(1 + 6 * 3 * 2 + 6 * 3 * 2 + 6 + 3 * 2);

        JFreeChart empty = SpectraCharts.alongSweep(SpectraDiagram.empty(LambdaUnit.LAMBDA), ChartTheme.LIGHT);
        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) empty.getPlot();
        assertThat(stack.getSubplots().get(0).getNoDataMessage()).isEqualTo(SpectraCharts.NO_DATA);
        assertThat(empty.getLegend()).isNull();
        assertThat(PngExporter.render(empty, ExportSize.pixels(400, 300)).getHeight())
                .isEqualTo(300);
    }

    @Test
    void aGivenRangeKeepsTheAxisStillWhileRowsArrive() {
        SpectraDiagram partial = new SpectraDiagram(
                rows().subList(0, 2), List.of(transition(Branch.UP, 0.032)), LambdaUnit.BETA, 0, 0.05);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot)
                SpectraCharts.alongSweep(partial, ChartTheme.LIGHT).getPlot();

        assertThat(stack.getDomainAxis().getLowerBound()).isCloseTo(-0.002, within(1e-12));
        assertThat(stack.getDomainAxis().getUpperBound()).as("β = 2λ").isCloseTo(0.102, within(1e-12));
        assertThatThrownBy(() -> new SpectraDiagram(List.of(), List.of(), LambdaUnit.LAMBDA, 0.1, Double.NaN))
                .hasMessageContaining("need lambdaFrom < lambdaTo, or both NaN, were 0.1, NaN");
        assertThat(SpectraDiagram.empty(LambdaUnit.LAMBDA).hasRange()).isFalse();
    }

    /** The up walk's points: ‖θ‖ = 10 − 100λ, and θ_ref half-way, so ‖θ − θ_ref‖ = ‖θ‖ / 2. */
    static List<SweepPoint> points() {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            double lambda = 0.01 * i;
            points.add(new SweepPoint(
                    Branch.UP,
                    1,
                    i,
                    lambda,
                    0.1,
                    0.2,
                    0.3,
                    0.9,
                    10 - 100 * lambda,
                    (10 - 100 * lambda) / 2,
                    5,
                    1,
                    new double[] {1, 1},
                    StopReason.CONVERGED));
        }
        return points;
    }

    @Test
    void againstTheNormEachRowSitsAtItsPointsNormAndTransitionsShadeTheGapTheyJump() {
        SpectraDiagram diagram = new SpectraDiagram(
                rows().subList(0, 6),
                List.of(transition(Branch.UP, 0.032)),
                LambdaUnit.LAMBDA,
                0,
                0.05,
                points().subList(0, 5),
                SpectraAxis.NORM);

        JFreeChart chart = SpectraCharts.alongSweep(diagram, ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(chart.getTitle().getText()).isEqualTo("Hessian eigenvalues (nats/θ²) along the sweep vs ‖θ‖");
        assertThat(stack.getDomainAxis().getLabel()).isEqualTo(SpectraAxis.NORM.label(LambdaUnit.LAMBDA));
        assertThat(stack.getDomainAxis().getLowerBound())
                .as("the points' range, 2% margin")
                .isCloseTo(5.92, within(1e-9));
        assertThat(stack.getDomainAxis().getUpperBound()).isCloseTo(10.08, within(1e-9));
        XYPlot bottom = stack.getSubplots().get(1);
        assertThat(keys(bottom.getDataset(0)))
                .containsExactly(
                        "λ_min(∇²E) · up · seed 1",
                        "bottom 2 · up · seed 1",
                        "λ_min(∇²L_λ) · up · seed 1",
                        "−2λ · up · seed 1");
        XYDataset lows = bottom.getDataset(0);
        assertThat(lows.getItemCount(2)).as("λ = 0.05 has no point: left out").isEqualTo(5);
        assertThat(lows.getXValue(2, 3)).isCloseTo(7, within(1e-12));
        assertThat(lows.getYValue(2, 3)).isCloseTo(MIN_E + 0.06, within(1e-12));
        assertThat(lows.getYValue(3, 3)).isCloseTo(-0.06, within(1e-12));
        assertThat(bottom.getDataset(1).getXValue(0, 2))
                .as("saddles at λ = 0, 0.01, 0.02")
                .isCloseTo(8, within(1e-12));
        IntervalMarker gap = (IntervalMarker)
                bottom.getDomainMarkers(Layer.BACKGROUND).iterator().next();
        assertThat(gap.getStartValue())
                .as("λ_c = 0.032 lies between λ = 0.03 and 0.04")
                .isCloseTo(6, within(1e-12));
        assertThat(gap.getEndValue()).isCloseTo(7, within(1e-12));
        assertThat(legend(stack)).contains("transition gap").doesNotContain("transition");

        JFreeChart distance = SpectraCharts.alongSweep(diagram.withAxis(SpectraAxis.DISTANCE), ChartTheme.LIGHT);
        XYPlot low = ((CombinedDomainXYPlot) distance.getPlot()).getSubplots().get(1);
        assertThat(low.getDataset(0).getXValue(0, 1)).isCloseTo(4.5, within(1e-12));
        String csv = CsvExporter.toCsv(distance);
        assertThat(csv)
                .startsWith("panel,series," + SpectraAxis.DISTANCE.label(LambdaUnit.LAMBDA) + ",y\n")
                .contains(SpectraCharts.BOTTOM_LABEL + ",λ_min(∇²L_λ) · up · seed 1,3.5,");
        assertThat(PngExporter.render(distance, ExportSize.pixels(600, 400)).getWidth())
                .isEqualTo(600);
    }

    @Test
    void normsSpanningMoreThanTwentyfoldGoOnALogAxis() {
        List<SweepPoint> wide = new ArrayList<>(points());
        SweepPoint first = wide.get(0);
        wide.set(
                0,
                new SweepPoint(
                        first.branch(),
                        first.seed(),
                        first.index(),
                        first.lambda(),
                        0.1,
                        0.2,
                        0.3,
                        0.9,
                        97,
                        97,
                        5,
                        1,
                        new double[] {1, 1},
                        StopReason.CONVERGED));
        wide.add(new SweepPoint(
                Branch.UP,
                1,
                6,
                0.06,
                2.3,
                2.3,
                2.3,
                0.1,
                0.09,
                0.09,
                5,
                1,
                new double[] {0, 0},
                StopReason.CONVERGED));

        JFreeChart chart = SpectraCharts.alongSweep(
                new SpectraDiagram(
                        rows().subList(0, 6),
                        List.of(),
                        LambdaUnit.LAMBDA,
                        Double.NaN,
                        Double.NaN,
                        wide,
                        SpectraAxis.NORM),
                ChartTheme.LIGHT);

        ValueAxis x = ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis();
        assertThat(x).isInstanceOf(LogAxis.class);
        assertThat(x.getLabel()).endsWith(", log scale)");
        assertThat(x.getLowerBound()).isCloseTo(0.09 / 1.15, within(1e-9));
        assertThat(x.getUpperBound()).isCloseTo(97 * 1.15, within(1e-9));
        assertThat(PngExporter.render(chart, ExportSize.pixels(600, 400)).getHeight())
                .isEqualTo(400);
    }

    @Test
    void axesParseAndTheOldConstructorsDrawAgainstLambda() {
        assertThat(SpectraAxis.parse("Norm")).isEqualTo(SpectraAxis.NORM);
        assertThat(SpectraAxis.parse("distance")).isEqualTo(SpectraAxis.DISTANCE);
        assertThatThrownBy(() -> SpectraAxis.parse("theta")).hasMessageContaining("was theta");
        assertThat(new SpectraDiagram(rows(), List.of(), LambdaUnit.BETA).axis())
                .isEqualTo(SpectraAxis.LAMBDA);
        assertThat(new SpectraDiagram(rows(), List.of(), LambdaUnit.BETA, 0, 1).points())
                .isEmpty();
        assertThatThrownBy(() -> new SpectraDiagram(rows(), List.of(), LambdaUnit.BETA, 0, 1, List.of(), null))
                .hasMessageContaining("axis must be given");
    }

    static List<String> legend(CombinedDomainXYPlot stack) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < stack.getLegendItems().getItemCount(); i++) {
            labels.add(stack.getLegendItems().get(i).getLabel());
        }
        return labels;
    }

    static List<String> keys(XYDataset data) {
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            keys.add(data.getSeriesKey(s).toString());
        }
        return keys;
    }
}
