package io.phasescope.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.render.training.RunFixtures;
import io.phasescope.render.training.TrainingCharts;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartStylerTest {

    @Test
    void switchingThemeChangesBackgroundsButKeepsSeriesColours() {
        JFreeChart chart = TrainingCharts.epochLoss(RunFixtures.run(2, 2), ChartTheme.LIGHT);
        assertThat(chart.getBackgroundPaint()).isEqualTo(ChartTheme.LIGHT.background());

        ChartStyler.apply(chart, ChartTheme.DARK);

        assertThat(chart.getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        assertThat(chart.getTitle().getPaint()).isEqualTo(ChartTheme.DARK.text());
        assertThat(chart.isBorderVisible()).isFalse();
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(Palette.TRAIN);
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(1)).isEqualTo(Palette.TEST);
    }
}
