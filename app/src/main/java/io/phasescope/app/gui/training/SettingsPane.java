package io.phasescope.app.gui.training;

import io.phasescope.app.gui.common.Controls;
import io.phasescope.app.gui.common.FormGrid;
import io.phasescope.model.net.Activation;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The training form and the Train, Pause/Resume and Stop buttons; the form is locked while a job runs. */
final class SettingsPane extends VBox {

    SettingsPane(TrainingViewModel viewModel) {
        getStyleClass().add("settings-pane");
        TrainingSettings s = viewModel.settings();
        FormGrid form = new FormGrid()
                .section("DATA")
                .row("Dataset", choice("datasetChoice", s.datasetProperty(), DatasetChoice.values()))
                .field("Train examples", "trainSizeField", s.trainSize())
                .field("Test examples", "testSizeField", s.testSize())
                .section("NETWORK")
                .field("Hidden widths", "widthsField", s.hiddenWidths())
                .row("Activation", activationChoice(s))
                .wide(summary(s))
                .section("OPTIMIZER · ADAM")
                .field("Learning rate", "learningRateField", s.learningRate())
                .field("Batch size", "batchSizeField", s.batchSize())
                .field("Max epochs", "maxEpochsField", s.maxEpochs())
                .field("Patience", "patienceField", s.patience())
                .field("Seed", "seedField", s.seed())
                .section("L2 PROBE  λ‖θ‖²")
                .wide(lambdaSlider(s.lambda()))
                .row("λ", Controls.textField("lambdaField", s.lambda().field()))
                .wide(Controls.errorLabel(s.lambda().field()))
                .wide(weightDecay(s.lambda()));
        form.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.stateProperty().get().isActive(),
                viewModel.stateProperty()));
        getChildren().addAll(form, buttons(viewModel));
    }

    private static <T> ChoiceBox<T> choice(String id, ObjectProperty<T> property, T[] values) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ChoiceBox<Activation> activationChoice(TrainingSettings s) {
        ChoiceBox<Activation> box = choice("activationChoice", s.activationProperty(), Activation.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Activation activation) {
                return activation == null ? "" : activation.id();
            }

            @Override
            public Activation fromString(String text) {
                return Activation.parse(text);
            }
        });
        return box;
    }

    private static Label summary(TrainingSettings s) {
        Label label = Controls.styled(new Label(), "muted", "architecture-summary");
        label.setId("architectureLabel");
        label.setWrapText(true);
        label.textProperty().bind(s.architectureProperty());
        return label;
    }

    private static Slider lambdaSlider(LambdaViewModel lambda) {
        Slider slider = new Slider(LambdaScale.ZERO_POSITION, LambdaScale.MAX_EXPONENT,
                lambda.sliderPositionProperty().get());
        slider.setId("lambdaSlider");
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return LambdaScale.tickLabel(position);
            }

            @Override
            public Double fromString(String text) {
                return LambdaScale.positionOf(LambdaScale.parse(text));
            }
        });
        slider.valueProperty().bindBidirectional(lambda.sliderPositionProperty());
        return slider;
    }

    private static Label weightDecay(LambdaViewModel lambda) {
        Label beta = Controls.styled(new Label(), "muted");
        beta.setId("betaLabel");
        beta.textProperty().bind(lambda.weightDecayProperty());
        return beta;
    }

    private static HBox buttons(TrainingViewModel viewModel) {
        Button train = Controls.bind(new Button(), viewModel.trainCommand());
        train.setId("trainButton");
        train.getStyleClass().add("primary");
        train.setDefaultButton(true);
        Button pause = Controls.bind(new Button(), viewModel.pauseResumeCommand());
        pause.setId("pauseButton");
        Button stop = Controls.bind(new Button(), viewModel.stopCommand());
        stop.setId("stopButton");
        HBox box = new HBox(train, pause, stop);
        box.getStyleClass().add("run-buttons");
        for (Button b : new Button[] {train, pause, stop}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        return box;
    }
}
