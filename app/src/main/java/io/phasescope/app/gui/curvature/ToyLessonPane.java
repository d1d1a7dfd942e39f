package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.lesson.LessonText;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.curvature.ToyCharts;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The toy-model lesson: its text (from the assets module) on the left; the depth-2 and depth-3 phase diagrams
 * above their losses along the balanced direction; the λ slider and what each landscape looks like there below.
 */
final class ToyLessonPane extends BorderPane {

    /** The lesson's text in the assets module. */
    static final String LESSON = "toy-models.md";

    private final ToyLessonViewModel viewModel;
    private final ChartViewer diagram2;
    private final ChartViewer diagram3;
    private final ChartViewer profile2;
    private final ChartViewer profile3;
    private ChartTheme theme;

    ToyLessonPane(ToyLessonViewModel viewModel, ChartTheme theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        getStyleClass().add("toy-lesson");
        double lambda = viewModel.lambdaProperty().get();
        diagram2 = Controls.chartViewer("toyDiagram2Chart", diagram(2, lambda));
        diagram3 = Controls.chartViewer("toyDiagram3Chart", diagram(3, lambda));
        profile2 = Controls.chartViewer("toyProfile2Chart", profile(2, lambda));
        profile3 = Controls.chartViewer("toyProfile3Chart", profile(3, lambda));
        setLeft(text());
        // the four charts keep their least size: on a small screen the card scrolls rather than spill over the slider
        StackPane card = Controls.card(charts());
        card.setMinHeight(Region.USE_COMPUTED_SIZE);
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("main-scroll");
        setCenter(scroll);
        setBottom(slider());
        viewModel.lambdaProperty().addListener((obs, old, now) -> redraw());
    }

    /** The phase diagram of depth 2 or 3 shown now. */
    JFreeChart diagramChart(int depth) {
        return (depth == 2 ? diagram2 : diagram3).getChart();
    }

    /** The loss along the balanced direction of depth 2 or 3 shown now. */
    JFreeChart profileChart(int depth) {
        return (depth == 2 ? profile2 : profile3).getChart();
    }

    void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        redraw();
    }

    private void redraw() {
        double lambda = viewModel.lambdaProperty().get();
        diagram2.setChart(diagram(2, lambda));
        diagram3.setChart(diagram(3, lambda));
        profile2.setChart(profile(2, lambda));
        profile3.setChart(profile(3, lambda));
    }

    private JFreeChart diagram(int depth, double lambda) {
        return depth == 2
                ? ToyCharts.diagram(viewModel.depth2(), viewModel.diagram2(), lambda, theme)
                : ToyCharts.diagram(viewModel.depth3(), viewModel.diagram3(), lambda, theme);
    }

    private JFreeChart profile(int depth, double lambda) {
        return ToyCharts.profile(depth == 2 ? viewModel.depth2() : viewModel.depth3(), lambda, theme);
    }

    private ScrollPane text() {
        VBox paragraphs = new VBox(8);
        paragraphs.getStyleClass().add("lesson-text");
        for (String paragraph : LessonText.load(LESSON).paragraphs()) {
            Label label = LessonText.isHeading(paragraph)
                    ? Controls.styled(new Label(paragraph.substring(2)), "lesson-heading")
                    : new Label(paragraph);
            label.setWrapText(true);
            paragraphs.getChildren().add(label);
        }
        ScrollPane scroll = new ScrollPane(paragraphs);
        scroll.setId("toyLessonText");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");
        return scroll;
    }

    private GridPane charts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("charts-pane", "toy-charts");
        grid.add(diagram2, 0, 0);
        grid.add(diagram3, 1, 0);
        grid.add(profile2, 0, 1);
        grid.add(profile3, 1, 1);
        return Controls.percentGrid(grid, new double[] {50, 50}, new double[] {50, 50});
    }

    private VBox slider() {
        Slider slider = new Slider(
                0, ToyLessonViewModel.LAMBDA_MAX, viewModel.lambdaProperty().get());
        slider.setId("toyLambdaSlider");
        Controls.tip(slider, "Drag λ and watch the minimum of each toy model merge with its saddle.");
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(0.1);
        slider.setMinorTickCount(4);
        slider.valueProperty().bindBidirectional(viewModel.lambdaProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = Controls.styled(new Label(), "scrubber-text");
        value.setId("toyLambdaLabel");
        value.setMinWidth(90);
        value.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT,
                                "λ = %.3f",
                                viewModel.lambdaProperty().get()),
                        viewModel.lambdaProperty()));
        HBox row = new HBox(10, Controls.styled(new Label("Drag λ"), "scrubber-title"), slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        Label depth2 = readout("toyDepth2Text", viewModel.depth2TextProperty());
        Label depth3 = readout("toyDepth3Text", viewModel.depth3TextProperty());
        VBox box = new VBox(6, row, depth2, depth3);
        box.getStyleClass().add("lambda-scrubber");
        return box;
    }

    private static Label readout(String id, ObservableStringValue text) {
        Label label = Controls.styled(new Label(), "scrubber-text");
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
