package io.phasescope.tests;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the charts and lists of the app show, read on the FX thread for journey assertions. */
final class ChartReads {

    private ChartReads() {}

    /** Points of the first series (E_train of the up branch) in the loss panel of the Phase diagram's metrics chart. */
    static int metricsPoints(FxRobot robot) throws Exception {
        return fx(() -> {
            XYPlot losses = subplot(robot, "#phaseMetricsChart", 0);
            return losses.getDataset(0) == null || losses.getDataset(0).getSeriesCount() == 0
                    ? 0
                    : losses.getDataset(0).getItemCount(0);
        });
    }

    /** Subplot {@code index} of the combined chart {@code query} finds. */
    static XYPlot subplot(FxRobot robot, String query, int index) {
        ChartViewer viewer = robot.lookup(query).queryAs(ChartViewer.class);
        return ((CombinedDomainXYPlot) viewer.getChart().getPlot())
                .getSubplots()
                .get(index);
    }

    /** The texts of the labels inside the node {@code query} finds, e.g. the lines of a {@code LinesBox}. */
    static List<String> lines(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).lookup(".line").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList());
    }

    static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
