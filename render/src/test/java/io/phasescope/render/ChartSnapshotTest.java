package io.phasescope.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.render.training.RunFixtures;
import io.phasescope.render.training.TrainingChartData;
import io.phasescope.render.training.TrainingCharts;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ChartSnapshotTest {

    @Test
    void copyKeepsTheDataAndIsDetachedFromTheOriginal() {
        TrainingChartData data = RunFixtures.run(2, 4);
        JFreeChart chart = TrainingCharts.batchLoss(data, ChartTheme.LIGHT);

        JFreeChart copy = ChartSnapshot.of(chart);
        data.reset(List.of("a", "b"));

        XYPlot plot = copy.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(8);
        assertThat(copy.getTitle().getText()).isEqualTo("Minibatch loss");
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isZero();
    }
}
