package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.landscape.SliceCharts;
import io.phasescope.render.landscape.SliceLabels;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The slice on screen: a heat map (2D) or curve (1D) rebuilt whenever the view model publishes a refinement,
 * an overlay or a colour scale, with the value under the mouse read out on the line below and a click probing
 * the model there.
 */
final class SliceChartPane extends VBox {

    private final LandscapeViewModel viewModel;
    private final ChartViewer viewer;
    private ChartTheme theme;

    SliceChartPane(LandscapeViewModel viewModel, ChartTheme theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        viewer = Controls.chartViewer("sliceChart", placeholder());
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                double[] ab = dataPoint(event);
                if (ab != null && event.getTrigger().isStillSincePress()) {
                    viewModel.probe().probe(ab[0], ab[1]);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                double[] ab = dataPoint(event);
                if (ab == null) {
                    viewModel.probe().hover(Double.NaN, Double.NaN);
                } else {
                    viewModel.probe().hover(ab[0], ab[1]);
                }
            }
        });
        Label readout = Controls.styled(new Label(), "slice-readout");
        readout.setId("sliceReadout");
        readout.textProperty().bind(viewModel.probe().hoverProperty());
        Label hint = Controls.styled(new Label("Hover to read values · click to probe the model there"), "muted");
        hint.visibleProperty().bind(viewModel.probe().hoverProperty().isEmpty());
        StackPane line = new StackPane(hint, readout);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        getChildren().addAll(viewer, line);
        setMinSize(0, 0);
        viewModel.slices().sliceProperty().addListener(o -> redraw());
        viewModel.overlays().overlayProperty().addListener(o -> redraw());
        viewModel.settings().logScaleProperty().addListener(o -> redraw());
        redraw();
    }

    /** The chart shown now, for export. */
    JFreeChart chart() {
        return viewer.getChart();
    }

    void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        redraw();
    }

    private void redraw() {
        SliceResult slice = viewModel.slices().sliceProperty().get();
        if (slice == null) {
            viewer.setChart(placeholder());
            return;
        }
        SliceLabels labels = new SliceLabels(
                slice.request().quantity().label() + " around "
                        + slice.request().origin().name(),
                slice.request().quantity().label(),
                slice.axes().aLabel(),
                slice.axes().isOneDimensional() ? " " : slice.axes().bLabel());
        boolean log = viewModel.settings().logScaleProperty().get();
        viewer.setChart(
                slice.axes().isOneDimensional()
                        ? SliceCharts.curve(
                                slice.grid(),
                                labels,
                                viewModel.overlays().overlayProperty().get(),
                                log,
                                theme)
                        : SliceCharts.heatmap(
                                slice.grid(),
                                labels,
                                viewModel.overlays().overlayProperty().get(),
                                log,
                                theme));
    }

    private JFreeChart placeholder() {
        return ChartStyler.placeholder(null, "Pick θ₀ in the library (train or load a model first)", theme);
    }

    /** (a, b) under the mouse, or null outside the plot's data area. */
    private double[] dataPoint(ChartMouseEventFX event) {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (info == null
                || !(event.getChart().getPlot() instanceof XYPlot plot)
                || viewModel.slices().sliceProperty().get() == null) {
            return null;
        }
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        Rectangle2D area = plotInfo.getDataArea();
        double x = event.getTrigger().getX();
        double y = event.getTrigger().getY();
        if (!area.contains(x, y)) {
            return null;
        }
        double a = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        double b = plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
        return new double[] {a, viewModel.slices().sliceProperty().get().axes().isOneDimensional() ? 0 : b};
    }
}
