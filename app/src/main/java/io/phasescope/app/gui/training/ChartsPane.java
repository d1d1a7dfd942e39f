package io.phasescope.app.gui.training;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.export.NamedChart;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.training.TrainingChartData;
import io.phasescope.render.training.TrainingCharts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The live charts and the sample images, as cards in a grid: minibatch loss, loss per epoch and
 * accuracy per epoch on top; per-class test accuracy and the samples below.
 */
final class ChartsPane extends GridPane {

    private final List<NamedChart> charts;

    ChartsPane(TrainingViewModel viewModel, ChartTheme theme) {
        getStyleClass().add("charts-pane");
        TrainingChartData data = viewModel.chartData();
        charts = List.of(
                new NamedChart("Minibatch loss", "batch-loss", TrainingCharts.batchLoss(data, theme)),
                new NamedChart("Loss per epoch", "epoch-loss", TrainingCharts.epochLoss(data, theme)),
                new NamedChart("Accuracy per epoch", "epoch-accuracy", TrainingCharts.epochAccuracy(data, theme)),
                new NamedChart("Test accuracy per class", "class-accuracy", TrainingCharts.classAccuracy(data, theme)));
        add(Controls.card(Controls.chartViewer("batchLossChart", charts.get(0).chart())), 0, 0);
        add(Controls.card(Controls.chartViewer("epochLossChart", charts.get(1).chart())), 1, 0);
        add(Controls.card(Controls.chartViewer("accuracyChart", charts.get(2).chart())), 2, 0);
        add(
                Controls.card(
                        Controls.chartViewer("classAccuracyChart", charts.get(3).chart())),
                0,
                1);
        add(Controls.card(samples(viewModel)), 1, 1, 2, 1);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(52);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(48);
        getRowConstraints().addAll(top, bottom);
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
        VBox box = new VBox(title, legend, new DigitGrid(viewModel.samples()));
        box.getStyleClass().add("samples-box");
        return box;
    }
}
