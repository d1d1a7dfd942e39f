package io.phasescope.render.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import io.phasescope.render.phase.SaddleStyle;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PathChartsTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Eleven t in [0, 1] with a barrier E = 0.1 + sin(πt)·0.5. */
    static PathProfile profile(String kind) {
        int n = 11;
        double[] t = new double[n];
        double[] train = new double[n];
        double[][] perClass = new double[n][];
        for (int i = 0; i < n; i++) {
            t[i] = i / 10.0;
            train[i] = 0.1 + 0.5 * Math.sin(Math.PI * t[i]);
            perClass[i] = new double[] {0.9, 0.8};
        }
        return new PathProfile(kind, t, train, train.clone(), new double[n], new double[n], perClass, new double[n]);
    }

    /** λ_min(∇²E) = 0.02 − 0.4·sin(πt): negative for t in (0.0159, 0.984), so at t = 0.1 … 0.9. */
    static List<PathSpectrum> spectra(PathProfile path) {
        List<PathSpectrum> rows = new ArrayList<>();
        for (double t : path.t()) {
            rows.add(new PathSpectrum(
                    t,
                    new double[] {2},
                    new double[] {0.02 - 0.4 * Math.sin(Math.PI * t)},
                    Double.NaN,
                    Double.NaN,
                    30,
                    true,
                    100,
                    0.1));
        }
        return rows;
    }

    @Test
    void spectraAddALambdaMinPanelAndMarkTheSaddleRegionOnETrain() {
        PathProfile linear = profile("linear");
        PathProfile bezier = profile("bezier");

        JFreeChart chart = PathCharts.profiles(
                List.of(linear, bezier), List.of(spectra(linear), List.of()), 0.5, ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getSubplots()).hasSize(3);
        XYPlot losses = stack.getSubplots().get(0);
        XYDataset saddles = losses.getDataset(1);
        assertThat(saddles.getSeriesCount()).isEqualTo(2);
        assertThat(saddles.getSeriesKey(0)).isEqualTo(SaddleStyle.SADDLE_OF_E + " · linear");
        assertThat(saddles.getItemCount(0)).as("t = 0.1 … 0.9").isEqualTo(9);
        assertThat(saddles.getItemCount(1)).as("no spectra for the Bézier path").isZero();
        assertThat(saddles.getXValue(0, 4)).isEqualTo(0.5);
        assertThat(saddles.getYValue(0, 4)).isCloseTo(0.6, within(1e-12));
        XYPlot curvature = stack.getSubplots().get(2);
        assertThat(curvature.getRangeAxis().getLabel()).isEqualTo(PathCurvature.MIN_LABEL);
        assertThat(curvature.getDataset(0).getSeriesCount()).isEqualTo(1);
        assertThat(curvature.getDataset(0).getYValue(0, 5)).isCloseTo(-0.38, within(1e-12));
        assertThat(curvature.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND))
                .hasSize(1);
        LegendItemCollection legend = stack.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertThat(labels)
                .containsExactly(
                        "linear · train", "linear · test", "bezier · train", "bezier · test", SaddleStyle.SADDLE_OF_E);
        String csv = CsvExporter.toCsv(chart);
        assertThat(csv.lines().filter(l -> l.startsWith(PathCurvature.MIN_LABEL + ",")))
                .hasSize(11);
        assertThat(csv.lines().filter(l -> l.contains(SaddleStyle.SADDLE_OF_E))).hasSize(9);
        assertThat(PngExporter.render(chart, ExportSize.pixels(700, 600)).getWidth())
                .isEqualTo(700);
    }

    @Test
    void withoutSpectraTheChartKeepsItsTwoPanelsAndMismatchedListsAreRefused() {
        PathProfile linear = profile("linear");
        JFreeChart plain = PathCharts.profiles(List.of(linear), Double.NaN, ChartTheme.DARK);
        assertThat(((CombinedDomainXYPlot) plain.getPlot()).getSubplots()).hasSize(2);
        assertThat(((CombinedDomainXYPlot)
                                PathCharts.profiles(List.of(linear), List.of(List.of()), Double.NaN, ChartTheme.DARK)
                                        .getPlot())
                        .getSubplots())
                .hasSize(2);
        assertThatThrownBy(() -> PathCharts.profiles(List.of(linear), List.of(), Double.NaN, ChartTheme.LIGHT))
                .hasMessageContaining("one list of spectra per path");
    }
}
