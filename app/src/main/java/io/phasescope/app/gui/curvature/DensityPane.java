package io.phasescope.app.gui.curvature;

import io.phasescope.app.curvature.DensityResult;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.curvature.DensityChart;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The density panel: the kept point, probes and steps, a logarithmic axis, Compute density / Cancel, and the
 * spectral density of ∇²L_λ there.
 */
final class DensityPane extends VBox {

    private final DensityViewModel viewModel;
    private final CurvatureViewModel curvature;
    private final ChartViewer viewer;
    private ChartTheme theme;

    DensityPane(CurvatureViewModel curvature, ChartTheme theme) {
        this.curvature = curvature;
        this.viewModel = curvature.density();
        this.theme = theme;
        getStyleClass().add("paths-pane");
        viewer = Controls.chartViewer("curvatureDensityChart", build());
        StackPane card = Controls.card(viewer);
        VBox.setVgrow(card, Priority.ALWAYS);
        getChildren().addAll(controls(), card);
        setMinSize(0, 0);
        viewModel.resultProperty().addListener((obs, old, now) -> redraw());
        viewModel.logScaleProperty().addListener((obs, old, now) -> redraw());
        curvature.unitProperty().addListener((obs, old, now) -> redraw());
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        redraw();
    }

    private FlowPane controls() {
        ComboBox<SweepPoint> point = new ComboBox<>(viewModel.points());
        point.setId("densityPointChoice");
        Controls.tip(point, "The kept sweep point whose Hessian density is computed.");
        point.valueProperty().bindBidirectional(viewModel.pointProperty());
        point.setVisibleRowCount(16);
        point.setPrefWidth(300);
        point.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepPoint p) {
                return viewModel.label(p);
            }

            @Override
            public SweepPoint fromString(String text) {
                return viewModel.pointProperty().get();
            }
        });
        point.disableProperty().bind(viewModel.computingProperty());
        TextField probes = small(Controls.textField(
                "densityProbesField",
                curvature.settings().probes(),
                "Random probe " + "vectors of stochastic Lanczos quadrature; more smooths the density (1–100)."));
        TextField steps = small(Controls.textField(
                "densityStepsField",
                curvature.settings().steps(),
                "Lanczos steps per " + "probe: the number of nodes each probe places on the spectrum (2–1000)."));
        CheckBox log = Controls.check(
                "densityLogCheck",
                "Log scale",
                viewModel.logScaleProperty(),
                "Density on a " + "logarithmic axis: shows the few outliers beside the bulk near zero.");
        Button compute = Controls.button(
                "computeDensityButton",
                viewModel.computeCommand(),
                "Compute the spectral density of ∇²L_λ at the chosen point.");
        compute.getStyleClass().add("primary");
        Button cancel =
                Controls.button("cancelDensityButton", viewModel.cancelCommand(), "Stop computing the density.");
        // reflows onto a second line when the pane is narrow, rather than cutting the labels
        FlowPane box = new FlowPane(
                10,
                6,
                Controls.styled(new Label("Model at"), "scrubber-title"),
                point,
                new Label("Probes"),
                probes,
                new Label("Steps"),
                steps,
                log,
                compute,
                cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("lambda-scrubber");
        return box;
    }

    private static TextField small(TextField field) {
        field.setPrefColumnCount(4);
        return field;
    }

    private void redraw() {
        viewer.setChart(build());
    }

    private JFreeChart build() {
        DensityResult result = viewModel.resultProperty().get();
        return result == null
                ? DensityChart.empty(theme)
                : DensityChart.of(
                        result.density(),
                        result.title(curvature.unitProperty().getValue()),
                        viewModel.logScaleProperty().get(),
                        theme);
    }
}
