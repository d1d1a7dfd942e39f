package io.phasescope.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.render.training.RunFixtures;
import io.phasescope.render.training.TrainingCharts;
import java.awt.BasicStroke;
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

    @Test
    void presenterModeDrawsLinesTwiceAsWideAndSwitchingBackRestoresThem() {
        JFreeChart chart = TrainingCharts.epochLoss(RunFixtures.run(2, 2), ChartTheme.LIGHT);
        float light = width(chart);

        ChartStyler.apply(chart, ChartTheme.PRESENTER);
        assertThat(width(chart)).isEqualTo(2 * light, within(1e-6f));
        ChartStyler.apply(chart, ChartTheme.PRESENTER);
        assertThat(width(chart)).as("applying a theme twice does not compound").isEqualTo(2 * light, within(1e-6f));
        assertThat(width(ChartSnapshot.of(chart))).isEqualTo(2 * light, within(1e-6f));

        ChartStyler.apply(chart, ChartTheme.DARK);
        assertThat(width(chart)).isEqualTo(light, within(1e-6f));
        JFreeChart copy = ChartSnapshot.of(TrainingCharts.epochLoss(RunFixtures.run(2, 2), ChartTheme.PRESENTER));
        ChartStyler.apply(copy, ChartTheme.LIGHT);
        assertThat(width(copy)).as("a copy remembers the scale it was drawn at").isEqualTo(light, within(1e-6f));
    }

    private static float width(JFreeChart chart) {
        return ((BasicStroke) chart.getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth();
    }
}
