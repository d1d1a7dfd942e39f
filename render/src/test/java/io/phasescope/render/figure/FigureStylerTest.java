package io.phasescope.render.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.render.ChartSnapshot;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.training.RunFixtures;
import io.phasescope.render.training.TrainingCharts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FigureStylerTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aStyledCopyHasTheFontsLinesTextsAndLegendAskedForAndTheOriginalIsUntouched() {
        JFreeChart original = TrainingCharts.epochLoss(RunFixtures.run(3, 2), ChartTheme.DARK);
        float width = ((BasicStroke) original.getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth();
        JFreeChart copy = ChartSnapshot.of(original);

        FigureStyler.apply(
                copy,
                new FigureStyle(
                        true, 1.5, 2, "Loss of the run", "epoch of training", "E (nats)", LegendPlacement.RIGHT, true),
                ChartTheme.DARK);

        assertThat(copy.getTitle().getText()).isEqualTo("Loss of the run");
        assertThat(copy.getTitle().getFont().getFamily()).isEqualTo(new Font(Font.SERIF, Font.BOLD, 1).getFamily());
        assertThat(copy.getTitle().getFont().getSize()).isEqualTo(Math.round(15 * 1.5f));
        assertThat(copy.getXYPlot().getDomainAxis().getLabel()).isEqualTo("epoch of training");
        assertThat(copy.getXYPlot().getRangeAxis().getLabel()).isEqualTo("E (nats)");
        assertThat(((BasicStroke) copy.getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth())
                .isEqualTo(2 * width);
        assertThat(copy.getLegend().getPosition()).isEqualTo(RectangleEdge.RIGHT);
        assertThat(copy.getBackgroundPaint()).as("paper").isEqualTo(Color.WHITE);
        assertThat(original.getTitle().getText()).isEqualTo("Loss per epoch");
        assertThat(((BasicStroke) original.getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth())
                .isEqualTo(width);
    }

    @Test
    void noLegendAndABlankTitleRemoveThem() {
        JFreeChart chart = TrainingCharts.epochLoss(RunFixtures.run(3, 2), ChartTheme.LIGHT);

        FigureStyler.apply(
                chart, new FigureStyle(false, 1, 1, " ", null, null, LegendPlacement.NONE, false), ChartTheme.DARK);

        assertThat(chart.getTitle()).isNull();
        assertThat(chart.getLegend()).isNull();
        assertThat(chart.getBackgroundPaint()).as("screen theme kept").isEqualTo(ChartTheme.DARK.background());
        assertThatThrownBy(() -> new FigureStyle(false, 9, 1, null, null, null, LegendPlacement.TOP, true))
                .hasMessageContaining("fontScale must be in [0.5, 3], was 9.0");
    }
}
