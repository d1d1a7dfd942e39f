package io.phasescope.app.gui.phase;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.ReflowPane;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.phase.PhaseCharts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The phase-diagram charts as two cards: losses and accuracy against λ on the left, tabs with the
 * hysteresis loop, per-class small multiples, the class × λ heat map and the metrics against ‖θ‖ on the
 * right. Follows the view model's diagram, which it republishes at most 30 times a second.
 */
final class PhaseChartsPane extends StackPane {

    private final PhaseCharts charts;
    private final List<NamedChart> named;

    PhaseChartsPane(PhaseViewModel viewModel, ChartTheme theme) {
        getStyleClass().add("phase-charts");
        charts = new PhaseCharts(theme);
        charts.update(viewModel.shown().diagramProperty().get());
        viewModel.shown().diagramProperty().addListener((obs, old, diagram) -> charts.update(diagram));
        named = List.of(
                new NamedChart("Loss and accuracy vs λ", "phase-metrics", charts.metricsVsLambda()),
                new NamedChart("Hysteresis: branches and seeds", "phase-branches", charts.branches()),
                new NamedChart("Test accuracy per class vs λ", "phase-classes", charts.classMultiples()),
                new NamedChart("Class × λ heat map", "phase-heatmap", charts.classHeatmap()),
                new NamedChart("Loss and accuracy vs ‖θ‖", "phase-norm", charts.metricsVsNorm()));
        TabPane tabs = new TabPane(
                tab("Hysteresis", Controls.chartViewer("phaseBranchesChart", charts.branches())),
                tab("Per class", Controls.chartViewer("phaseMultiplesChart", charts.classMultiples())),
                tab("Class × λ", Controls.chartViewer("phaseHeatmapChart", charts.classHeatmap())),
                tab("vs ‖θ‖", Controls.chartViewer("phaseNormChart", charts.metricsVsNorm())));
        tabs.setId("phaseChartTabs");
        tabs.getStyleClass().add("chart-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        getChildren()
                .add(new ReflowPane(
                        new double[] {50, 50},
                        Controls.card(Controls.chartViewer("phaseMetricsChart", charts.metricsVsLambda())),
                        Controls.card(tabs)));
    }

    /** The charts shown, for export. */
    List<NamedChart> charts() {
        return named;
    }

    void setTheme(ChartTheme theme) {
        charts.setTheme(theme);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
