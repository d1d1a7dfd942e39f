package io.phasescope.app.gui.training;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.ReflowPane;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.training.TrainingChartData;
import io.phasescope.render.training.TrainingCharts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live charts and the sample images, as cards in a grid: minibatch loss, loss per epoch and
 * accuracy per epoch on top; per-class test accuracy and the samples below.
 */
final class ChartsPane extends VBox {

    private final List<NamedChart> charts;

    ChartsPane(TrainingViewModel viewModel, ChartTheme theme) {
        super(12);
        getStyleClass().add("training-charts");
        TrainingChartData data = viewModel.chartData();
        charts = List.of(
                new NamedChart("Minibatch loss", "batch-loss", TrainingCharts.batchLoss(data, theme)),
                new NamedChart("Loss per epoch", "epoch-loss", TrainingCharts.epochLoss(data, theme)),
                new NamedChart("Accuracy per epoch", "epoch-accuracy", TrainingCharts.epochAccuracy(data, theme)),
                new NamedChart("Test accuracy per class", "class-accuracy", TrainingCharts.classAccuracy(data, theme)));
        // two rows of cards that reflow into fewer columns (and scroll) rather than shrink below a readable size
        ReflowPane top = new ReflowPane(
                new double[] {1, 1, 1},
                Controls.card(
                        Controls.chartViewer("batchLossChart", charts.get(0).chart())),
                Controls.card(
                        Controls.chartViewer("epochLossChart", charts.get(1).chart())),
                Controls.card(
                        Controls.chartViewer("accuracyChart", charts.get(2).chart())));
        ReflowPane bottom = new ReflowPane(
                new double[] {1, 2},
                Controls.card(
                        Controls.chartViewer("classAccuracyChart", charts.get(3).chart())),
                Controls.card(samples(viewModel)));
        top.getStyleClass().add("training-row");
        bottom.getStyleClass().add("training-row");
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        getChildren().addAll(top, bottom);
    }

    /** The charts shown, in reading order. */
    List<NamedChart> charts() {
        return charts;
    }

    /** Restyles every chart. */
    void setTheme(ChartTheme theme) {
        charts.forEach(c -> ChartStyler.apply(c.chart(), theme));
    }

    private static Node samples(TrainingViewModel viewModel) {
        Label title = Controls.styled(new Label("Sample test images"), "card-title");
        Label legend = Controls.styled(
                new Label("Caption: predicted class · green frame right, red frame wrong"), "card-subtitle");
        // the grid scrolls inside its card when the card is smaller than the digits
        ScrollPane digits = new ScrollPane(new DigitGrid(viewModel.samples()));
        digits.setFitToWidth(true);
        digits.getStyleClass().add("main-scroll");
        VBox.setVgrow(digits, Priority.ALWAYS);
        VBox box = new VBox(title, legend, digits);
        box.getStyleClass().add("samples-box");
        return box;
    }
}
