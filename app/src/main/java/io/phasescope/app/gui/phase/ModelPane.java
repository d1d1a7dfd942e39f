package io.phasescope.app.gui.phase;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.ReflowPane;
import io.phasescope.app.gui.training.DigitGrid;
import io.phasescope.app.phase.ModelAtLambda;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.Evaluation;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.phase.ConfusionMatrixChart;
import io.phasescope.render.phase.LambdaUnit;
import io.phasescope.render.training.TrainingChartData;
import io.phasescope.render.training.TrainingCharts;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

/**
 * The model at the selected point: per-class test accuracy as bars (the Training view's chart), the
 * confusion matrix, and sample test images with the model's predictions.
 */
final class ModelPane extends StackPane {

    private final TrainingChartData bars;
    private final JFreeChart barsChart;
    private final ConfusionMatrixChart confusion;
    private final Label note = Controls.styled(new Label(), "card-subtitle", "model-note");

    ModelPane(PhaseViewModel viewModel, KeepModelViewModel keep, ChartTheme theme) {
        getStyleClass().add("model-pane");
        bars = new TrainingChartData(viewModel.shown().classNames());
        barsChart = TrainingCharts.classAccuracy(bars, theme);
        confusion = new ConfusionMatrixChart(viewModel.shown().classNames(), theme);
        viewModel.shown().selectedProperty().addListener((obs, old, point) -> showPoint(viewModel, point));
        viewModel.model().modelProperty().addListener((obs, old, model) -> showModel(viewModel, model));
        viewModel.settings().unitProperty().addListener((obs, old, unit) -> {
            showPoint(viewModel, viewModel.shown().selectedProperty().get());
            showModel(viewModel, viewModel.model().modelProperty().get());
        });

        getChildren()
                .add(new ReflowPane(
                        new double[] {30, 30, 40},
                        Controls.card(Controls.chartViewer("phaseClassAccuracyChart", barsChart)),
                        Controls.card(Controls.chartViewer("phaseConfusionChart", confusion.chart())),
                        Controls.card(samples(viewModel, keep))));
    }

    List<NamedChart> charts() {
        return List.of(
                new NamedChart("Test accuracy per class at the selected λ", "phase-class-accuracy", barsChart),
                new NamedChart("Confusion matrix at the selected λ", "phase-confusion", confusion.chart()));
    }

    void setTheme(ChartTheme theme) {
        ChartStyler.apply(barsChart, theme);
        confusion.setTheme(theme);
    }

    /** The point's own per-class accuracies at once; the confusion matrix follows with its model. */
    private void showPoint(PhaseViewModel viewModel, SweepPoint point) {
        if (point == null) {
            bars.reset(viewModel.shown().classNames());
            confusion.setClassNames(viewModel.shown().classNames());
            confusion.clear();
            note.setText("");
            return;
        }
        showBars(
                viewModel,
                new Evaluation(
                        point.lambda(),
                        point.trainLoss(),
                        point.regLoss(),
                        point.testLoss(),
                        Double.NaN,
                        point.testAccuracy(),
                        point.perClassAccuracy(),
                        new int[0][0],
                        point.norm(),
                        point.distRef()));
        barsChart.setTitle("Per class, "
                + PhaseFormat.shortLambda(
                        point.lambda(), viewModel.settings().unitProperty().get()));
    }

    private void showModel(PhaseViewModel viewModel, ModelAtLambda model) {
        confusion.setClassNames(viewModel.shown().classNames());
        if (model == null) {
            confusion.clear();
            note.setText("");
            return;
        }
        SweepPoint p = model.point();
        String at = PhaseFormat.shortLambda(
                p.lambda(), viewModel.settings().unitProperty().get());
        if (!model.hasModel()) {
            confusion.clear();
            note.setText("The sweep kept no parameters near " + at + " on this branch");
            return;
        }
        // the confusion matrix and the samples are of the model shown, which may sit at another λ than the point
        String shownAt = model.isNearestKept()
                ? PhaseFormat.shortLambda(
                        model.source().lambda(),
                        viewModel.settings().unitProperty().get())
                : at;
        confusion.show(model.evaluation().confusion(), "Confusion, " + shownAt);
        note.setText(note(model, shownAt, viewModel.settings().unitProperty().get()));
    }

    /** What the panel shows, said plainly: the point's own model, or which other point's stands in for it. */
    static String note(ModelAtLambda model, String shownAt, LambdaUnit unit) {
        if (model.isNearestKept()) {
            return "Model shown: the nearest kept parameters, at " + shownAt;
        }
        String caption = "Caption: predicted class · green right, red wrong";
        if (model.kept() == null) {
            return caption + " · no parameters kept on this branch to add to the library";
        }
        return model.usesNearestParameters()
                ? caption + " · Add to model library takes the nearest kept parameters, at "
                        + PhaseFormat.shortLambda(model.kept().lambda(), unit)
                : caption;
    }

    private void showBars(PhaseViewModel viewModel, Evaluation evaluation) {
        if (!bars.classNames().equals(viewModel.shown().classNames())) {
            bars.reset(viewModel.shown().classNames());
        }
        bars.addEpoch(1, evaluation);
    }

    private Node samples(PhaseViewModel viewModel, KeepModelViewModel keep) {
        Label title = Controls.styled(new Label("Sample test images"), "card-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Button keepButton = Controls.button(
                "keepModelButton",
                keep.keepCommand(),
                "Add the model at this λ to the model library, for slices and paths.");
        HBox header = new HBox(12, title, keepButton);
        header.setAlignment(Pos.CENTER_LEFT);
        note.setText("Caption: predicted class · green right, red wrong");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE); // all its lines, never an ellipsis
        DigitGrid grid = new DigitGrid(viewModel.model().samples());
        grid.setId("phaseDigitGrid");
        // the digits scroll inside their card when it is smaller than they are, never spilling over the λ scrubber
        ScrollPane digits = new ScrollPane(grid);
        digits.setFitToWidth(true);
        digits.getStyleClass().add("main-scroll");
        VBox.setVgrow(digits, Priority.ALWAYS);
        VBox box = new VBox(header, note, digits);
        box.getStyleClass().add("samples-box");
        return box;
    }
}
