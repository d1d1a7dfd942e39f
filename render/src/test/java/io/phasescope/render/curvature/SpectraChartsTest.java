package io.phasescope.render.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import io.phasescope.render.phase.LambdaUnit;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
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
        return new PointSpectrum(branch, 1, lambda, new double[] {4 + lambda, 2, 1}, new double[] {MIN_E, 0.001},
                Double.NaN, Double.NaN, 40, true, 300, 0.5);
    }

    static Transition transition(Branch branch, double lambdaC) {
        return new Transition(branch, 1, lambdaC, lambdaC - 0.005, lambdaC + 0.005, 3, 1, 0.9, 0.6, List.of(2));
    }

    @Test
    void topRanksAboveAndTheSmallestWithMinusTwoLambdaSaddlesAndTransitionsBelow() {
        SpectraDiagram diagram = new SpectraDiagram(rows(), List.of(transition(Branch.UP, 0.032),
                transition(Branch.DOWN, 0.012)), LambdaUnit.LAMBDA);

        JFreeChart chart = SpectraCharts.alongSweep(diagram, ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getDomainAxis().getLabel()).isEqualTo(LambdaUnit.LAMBDA.axisLabel());
        assertThat(chart.getTitle().getText()).isEqualTo("Hessian spectrum along the sweep vs λ");
        XYPlot top = stack.getSubplots().get(0);
        XYPlot bottom = stack.getSubplots().get(1);
        assertThat(top.getRangeAxis().getLabel()).isEqualTo(SpectraCharts.TOP_LABEL).contains("nats/θ²");
        assertThat(bottom.getRangeAxis().getLabel()).isEqualTo(SpectraCharts.BOTTOM_LABEL).contains("nats/θ²");
        assertThat(keys(top.getDataset(0))).containsExactly("top 1 · up · seed 1", "top 2 · up · seed 1",
                "top 3 · up · seed 1", "top 1 · down · seed 1", "top 2 · down · seed 1", "top 3 · down · seed 1");
        assertThat(top.getDataset(0).getYValue(0, 5)).isCloseTo(4.05, within(1e-12));
        assertThat(keys(bottom.getDataset(0))).containsExactly("λ_min(∇²E) · up · seed 1", "λ_min(∇²L_λ) · up · seed 1",
                "λ_min(∇²E) · down · seed 1", "λ_min(∇²L_λ) · down · seed 1", "−2λ");
        XYDataset lows = bottom.getDataset(0);
        assertThat(lows.getXValue(3, 0)).as("each walk sorted by λ").isZero();
        assertThat(lows.getYValue(1, 5)).isCloseTo(MIN_E + 0.1, within(1e-12));
        assertThat(lows.getYValue(4, 5)).as("−2λ").isCloseTo(-0.1, within(1e-12));
        assertThat(keys(bottom.getDataset(1))).containsExactly(SpectraCharts.SADDLE + " · up · seed 1",
                SpectraCharts.SADDLE + " · down · seed 1");
        assertThat(bottom.getDataset(1).getItemCount(0)).as("λ = 0, 0.01, 0.02 have 2λ < 0.05").isEqualTo(3);
        assertThat(bottom.getRangeMarkers(Layer.BACKGROUND)).extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(0.0);
        for (XYPlot plot : List.of(top, bottom)) {
            List<Marker> lines = new ArrayList<>(plot.getDomainMarkers(Layer.BACKGROUND));
            assertThat(lines).extracting(m -> ((ValueMarker) m).getValue()).containsExactly(0.032, 0.012);
            assertThat(lines).allSatisfy(m -> assertThat(((BasicStroke) m.getStroke()).getDashArray()).isNotNull());
        }
        List<String> legend = legend(stack);
        assertThat(legend).contains("λ_max(∇²E)", "top 3", SpectraCharts.MIN_E, SpectraCharts.SADDLE, "up", "down",
                "transition");
        assertThat(PngExporter.render(chart, ExportSize.pixels(800, 600)).getWidth()).isEqualTo(800);
    }

    @Test
    void inBetaTheAxisAndPositionsChangeButMinusTwoLambdaStaysMinusBeta() {
        JFreeChart chart = SpectraCharts.alongSweep(new SpectraDiagram(rows().subList(0, 6),
                List.of(transition(Branch.UP, 0.032)), LambdaUnit.BETA), ChartTheme.DARK);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getDomainAxis().getLabel()).isEqualTo(LambdaUnit.BETA.axisLabel());
        XYPlot bottom = stack.getSubplots().get(1);
        XYDataset lows = bottom.getDataset(0);
        assertThat(lows.getXValue(2, 5)).isCloseTo(0.1, within(1e-12));
        assertThat(lows.getYValue(2, 5)).isCloseTo(-0.1, within(1e-12));
        assertThat(((ValueMarker) bottom.getDomainMarkers(Layer.BACKGROUND).iterator().next()).getValue())
                .isCloseTo(0.064, within(1e-12));
        List<String> legend = legend(stack);
        assertThat(legend).as("one branch: no line-style entries").doesNotContain("up", "down");
    }

    @Test
    void exportsEveryCurveAsCsvAndShowsAHintWhenEmpty() {
        String csv = CsvExporter.toCsv(SpectraCharts.alongSweep(new SpectraDiagram(rows(), List.of(),
                LambdaUnit.LAMBDA), ChartTheme.LIGHT));

        assertThat(csv).startsWith("panel,series," + LambdaUnit.LAMBDA.axisLabel() + ",y\n");
        assertThat(csv.lines().filter(l -> l.startsWith(SpectraCharts.BOTTOM_LABEL + ",−2λ,"))).hasSize(6);
        assertThat(csv).contains(SpectraCharts.TOP_LABEL + ",top 1 · up · seed 1,0.05,4.05\n");
        assertThat(csv.lines().count()).isEqualTo(1 + 6 * 3 * 2 + 6 * 2 * 2 + 6 + 3 * 2);

        JFreeChart empty = SpectraCharts.alongSweep(SpectraDiagram.empty(LambdaUnit.LAMBDA), ChartTheme.LIGHT);
        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) empty.getPlot();
        assertThat(stack.getSubplots().get(0).getNoDataMessage()).isEqualTo(SpectraCharts.NO_DATA);
        assertThat(empty.getLegend()).isNull();
        assertThat(PngExporter.render(empty, ExportSize.pixels(400, 300)).getHeight()).isEqualTo(300);
    }

    @Test
    void aGivenRangeKeepsTheAxisStillWhileRowsArrive() {
        SpectraDiagram partial = new SpectraDiagram(rows().subList(0, 2), List.of(transition(Branch.UP, 0.032)),
                LambdaUnit.BETA, 0, 0.05);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) SpectraCharts.alongSweep(partial, ChartTheme.LIGHT).getPlot();

        assertThat(stack.getDomainAxis().getLowerBound()).isCloseTo(-0.002, within(1e-12));
        assertThat(stack.getDomainAxis().getUpperBound()).as("β = 2λ").isCloseTo(0.102, within(1e-12));
        assertThatThrownBy(() -> new SpectraDiagram(List.of(), List.of(), LambdaUnit.LAMBDA, 0.1, Double.NaN))
                .hasMessageContaining("need lambdaFrom < lambdaTo, or both NaN, were 0.1, NaN");
        assertThat(SpectraDiagram.empty(LambdaUnit.LAMBDA).hasRange()).isFalse();
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
