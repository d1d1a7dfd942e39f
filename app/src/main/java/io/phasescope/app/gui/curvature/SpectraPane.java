package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.common.Controls;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.curvature.SpectraCharts;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** The spectra along the sweep (render's {@link SpectraCharts}), redrawn whenever the view model republishes. */
final class SpectraPane extends StackPane {

    private final CurvatureViewModel viewModel;
    private final ChartViewer viewer;
    private ChartTheme theme;

    SpectraPane(CurvatureViewModel viewModel, ChartTheme theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        viewer = Controls.chartViewer("curvatureSpectraChart", build());
        getChildren().add(Controls.card(viewer));
        setMinSize(0, 0);
        viewModel.diagramProperty().addListener((obs, old, now) -> viewer.setChart(build()));
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        viewer.setChart(build());
    }

    private JFreeChart build() {
        return SpectraCharts.alongSweep(viewModel.diagramProperty().get(), theme);
    }
}
