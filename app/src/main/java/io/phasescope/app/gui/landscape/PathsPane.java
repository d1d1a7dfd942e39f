package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.landscape.PathKind;
import io.phasescope.app.landscape.PathResult;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.landscape.PathCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The paths: E and error along t of every computed path overlaid, the class × t strip of the selected one,
 * the controls that compute a new path, and the t slider that scrubs the selected one (the model at t appears in the probe panel and on the slice).
 */
final class PathsPane extends VBox {

    private final LandscapeViewModel viewModel;
    private final ChartViewer profiles;
    private final ChartViewer strip;
    private ChartTheme theme;

    PathsPane(LandscapeViewModel viewModel, ChartTheme theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        getStyleClass().add("paths-pane");
        profiles = Controls.chartViewer("pathChart", PathCharts.profiles(List.of(), Double.NaN, theme));
        strip = Controls.chartViewer("pathClassChart", emptyStrip());
        GridPane charts = new GridPane();
        charts.add(profiles, 0, 0);
        charts.add(strip, 1, 0);
        Controls.fillGrid(charts, 55, 45);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(charts, controls());
        setMinSize(0, 0);
        Observable[] triggers = {
            viewModel.paths().paths(),
            viewModel.paths().selectedPathProperty(),
            viewModel.paths().tProperty(),
            viewModel.paths().runningPathProperty(),
            viewModel.paths().pathSpectra()
        };
        for (Observable trigger : triggers) {
            trigger.addListener(o -> redraw());
        }
        redraw();
    }

    JFreeChart profilesChart() {
        return profiles.getChart();
    }

    JFreeChart stripChart() {
        return strip.getChart();
    }

    void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        redraw();
    }

    /** Kind, alignment, Compute path and Clear paths, then the path scrubbed and its t slider. */
    private VBox controls() {
        CheckBox align = Controls.check(
                "alignCheck",
                "Align B to A (weight matching)",
                viewModel.paths().alignProperty(),
                "Permute B's hidden units to match A's first: the same function, and usually a far lower barrier.");
        Button compute = Controls.button(
                "computePathButton",
                viewModel.paths().computePathCommand(),
                "Compute the path from θ₀ to B and overlay it on the others.");
        Button clear = Controls.button(
                "clearPathsButton", viewModel.paths().clearPathsCommand(), "Remove every path from the charts.");
        // reflows onto a second line when the pane is narrow, rather than cutting the labels
        FlowPane make = new FlowPane(
                10,
                6,
                Controls.styled(new Label("New path A = θ₀ → B"), "scrubber-title"),
                Controls.tip(
                        Controls.choice(
                                "pathKindChoice",
                                List.of(PathKind.values()),
                                viewModel.paths().pathKindProperty(),
                                PathKind::toString),
                        "Linear interpolation, a trained quadratic Bézier curve (Garipov et "
                                + "al.), or the Pathfinder walk with θ_ref = B."),
                align,
                compute,
                clear);
        make.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, make, scrubber());
        box.getStyleClass().add("lambda-scrubber");
        return box;
    }

    private HBox scrubber() {
        ChoiceBox<PathResult> path = Controls.choice(
                "pathChoice", viewModel.paths().paths(), viewModel.paths().selectedPathProperty());
        path.setMaxWidth(320);
        Controls.tip(path, "The path the t slider moves along.");
        Slider t = new Slider(-0.25, 1.25, viewModel.paths().tProperty().get());
        t.setId("tSlider");
        Controls.tip(
                t,
                "Position along the path: t = 0 is A, t = 1 is B; the model there shows on the "
                        + "plane and in the probe panel.");
        t.setShowTickLabels(true);
        t.setShowTickMarks(true);
        t.setMajorTickUnit(0.25);
        t.valueProperty().bindBidirectional(viewModel.paths().tProperty());
        t.disableProperty().bind(viewModel.paths().selectedPathProperty().isNull());
        HBox.setHgrow(t, Priority.ALWAYS);
        Label value = new Label();
        value.setId("tLabel");
        value.setMinWidth(64);
        value.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT,
                                "t = %.2f",
                                viewModel.paths().tProperty().get()),
                        viewModel.paths().tProperty()));
        HBox box = new HBox(10, Controls.styled(new Label("Scrub"), "scrubber-title"), path, t, value);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void redraw() {
        double cursor = viewModel.paths().selectedPathProperty().get() == null
                ? Double.NaN
                : viewModel.paths().tProperty().get();
        List<PathProfile> shown = new ArrayList<>(
                viewModel.paths().paths().stream().map(PathResult::profile).toList());
        List<List<PathSpectrum>> spectra = new ArrayList<>(viewModel.paths().paths().stream()
                .map(p -> viewModel.paths().pathSpectra().getOrDefault(p, List.of()))
                .toList());
        if (viewModel.paths().runningPathProperty().get() != null) {
            shown.add(viewModel.paths().runningPathProperty().get());
            spectra.add(List.of());
        }
        profiles.setChart(PathCharts.profiles(shown, spectra, cursor, theme));
        PathResult selected = viewModel.paths().selectedPathProperty().get();
        if (selected == null) {
            strip.setChart(emptyStrip());
            return;
        }
        List<String> names = viewModel.settings().originProperty().get() == null
                ? DatasetChoice.MNIST.classNames()
                : DatasetChoice.of(viewModel.settings().originProperty().get().dataset())
                        .classNames();
        strip.setChart(PathCharts.classAccuracy(selected.profile(), names, cursor, theme));
    }

    private JFreeChart emptyStrip() {
        return ChartStyler.placeholder(
                "Test accuracy per class along the path", "Compute a path from A = θ₀ to B", theme);
    }
}
