package io.phasescope.render.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.SpectralDensity;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DensityChartTest {

    /** A quarter of the mass at −1, half at 2, a quarter at 10 (two probes). */
    static final SpectralDensity DENSITY =
            new SpectralDensity(new double[] {-1, 2, 2, 10}, new double[] {0.25, 0.25, 0.25, 0.25}, 2, 3);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void drawsTheSmoothedDensityThatIntegratesToOneWithAZeroLineAndItsSettings() {
        JFreeChart chart = DensityChart.of(DENSITY, "Spectral density of ∇²L_λ", false, ChartTheme.LIGHT);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo(DensityChart.EIGENVALUE_LABEL);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo(DensityChart.DENSITY_LABEL);
        XYDataset data = plot.getDataset(0);
        assertThat(data.getItemCount(0)).isEqualTo(DensityChart.GRID);
        double area = 0;
        for (int i = 1; i < data.getItemCount(0); i++) {
            area += 0.5
                    * (data.getYValue(0, i) + data.getYValue(0, i - 1))
                    * (data.getXValue(0, i) - data.getXValue(0, i - 1));
        }
        assertThat(area).as("σ = 0.11, the grid spans 3σ beyond the nodes").isCloseTo(1, within(0.01));
        assertThat(plot.getDomainMarkers(Layer.BACKGROUND))
                .extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(0.0);
        assertThat(((TextTitle) chart.getSubtitle(0)).getText())
                .contains("2 probes × 3 Lanczos steps", "σ = 0.11", "mean eigenvalue 3.25");
        assertThat(CsvExporter.toCsv(chart))
                .startsWith("series," + DensityChart.EIGENVALUE_LABEL + "," + DensityChart.DENSITY_LABEL
                        + "\ndensity,-1.33,");
        assertThat(PngExporter.render(chart, ExportSize.pixels(600, 400)).getWidth())
                .isEqualTo(600);
    }

    @Test
    void aLogarithmicAxisDropsTheDensityFarBelowThePeak() {
        JFreeChart chart = DensityChart.of(DENSITY, "log", true, ChartTheme.DARK);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        XYDataset data = plot.getDataset(0);
        int shown = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            double y = data.getYValue(0, i);
            if (!Double.isNaN(y)) {
                assertThat(y).isPositive();
                shown++;
            }
        }
        assertThat(shown).as("the gaps between the peaks are left out").isBetween(50, DensityChart.GRID - 50);
        assertThat(PngExporter.render(chart, ExportSize.pixels(600, 400)).getWidth())
                .isEqualTo(600);
    }

    @Test
    void titleNumbersKeepFourSignificantDigitsAndGoScientificWhenTiny() {
        assertThat(Numbers.significant(0.0000076189, 4)).isEqualTo("7.619e-6");
        assertThat(Numbers.significant(-0.0009314, 4)).isEqualTo("-0.0009314");
        assertThat(Numbers.significant(123456, 3)).isEqualTo("1.23e5");
        assertThat(Numbers.significant(0.5, 3)).isEqualTo("0.5");
        assertThat(Numbers.significant(0, 3)).isEqualTo("0");
    }

    @Test
    void theEmptyChartSaysWhatToDoAndBadArgumentsAreRefused() {
        assertThat(DensityChart.empty(ChartTheme.LIGHT).getXYPlot().getNoDataMessage())
                .isEqualTo(DensityChart.NO_DATA);
        assertThatThrownBy(() -> DensityChart.of(null, "t", false, ChartTheme.LIGHT))
                .hasMessageContaining("density, title and theme must be given");
    }
}
