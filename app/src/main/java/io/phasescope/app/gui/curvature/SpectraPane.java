package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.curvature.SpectraCharts;
import io.phasescope.render.curvature.TraceChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The spectra along the sweep (render's {@link SpectraCharts}) and, below them once some point has one, the
 * Hutchinson trace of ∇²E ({@link TraceChart}); both redrawn whenever the view model republishes.
 */
final class SpectraPane extends VBox {

    private static final double TRACE_SHARE = 0.32;

    private final CurvatureViewModel viewModel;
    private final ChartViewer viewer;
    private final ChartViewer traceViewer;
    private ChartTheme theme;

    SpectraPane(CurvatureViewModel viewModel, ChartTheme theme) {
        super(8);
        this.viewModel = viewModel;
        this.theme = theme;
        viewer = Controls.chartViewer("curvatureSpectraChart", build());
        traceViewer = Controls.chartViewer("curvatureTraceChart", buildTrace());
        StackPane spectraCard = Controls.card(viewer);
        StackPane traceCard = Controls.card(traceViewer);
        traceCard.prefHeightProperty().bind(heightProperty().multiply(TRACE_SHARE));
        traceCard.getStyleClass().add("trace-card");
        spectraCard.getStyleClass().add("spectra-card");
        VBox.setVgrow(spectraCard, Priority.ALWAYS);
        traceCard.managedProperty().bind(traceCard.visibleProperty());
        getChildren().addAll(spectraCard, traceCard);
        traceCard.setVisible(hasTrace());
        viewModel.diagramProperty().addListener((obs, old, now) -> {
            viewer.setChart(build());
            traceViewer.setChart(buildTrace());
            traceCard.setVisible(hasTrace());
        });
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    JFreeChart traceChart() {
        return traceViewer.getChart();
    }

    void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        viewer.setChart(build());
        traceViewer.setChart(buildTrace());
    }

    private boolean hasTrace() {
        return viewModel.diagramProperty().get().rows().stream().anyMatch(r -> Double.isFinite(r.trace()));
    }

    private JFreeChart build() {
        return SpectraCharts.alongSweep(viewModel.diagramProperty().get(), theme);
    }

    private JFreeChart buildTrace() {
        return TraceChart.alongSweep(viewModel.diagramProperty().get(), theme);
    }
}
