package io.phasescope.app.gui.training;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.training.LambdaScale;
import io.phasescope.model.net.Activation;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The training form and the Train, Pause/Resume and Stop buttons; the form is locked while a job runs. */
final class SettingsPane extends VBox {

    SettingsPane(TrainingViewModel viewModel) {
        getStyleClass().add("settings-pane");
        TrainingSettings s = viewModel.settings();
        FormGrid form = new FormGrid()
                .section("DATA")
                .row(
                        "Dataset",
                        Controls.tip(
                                choice("datasetChoice", s.datasetProperty(), DatasetChoice.values()),
                                "MNIST or Fashion-MNIST (real IDX files, verified), or the synthetic patterns."))
                .field(
                        "Train examples",
                        "trainSizeField",
                        s.trainSize(),
                        "Training images, a stratified subset " + "with equal classes; 0 = all 60,000.")
                .field(
                        "Test examples",
                        "testSizeField",
                        s.testSize(),
                        "Test images for test loss and accuracy, " + "a stratified subset; 0 = all 10,000.")
                .section("NETWORK")
                .field(
                        "Hidden widths",
                        "widthsField",
                        s.hiddenWidths(),
                        "Widths of the hidden layers, separated by "
                                + "commas or spaces: 128, 128 is the paper network.")
                .row(
                        "Activation",
                        Controls.tip(
                                activationChoice(s),
                                "The hidden layers' activation; the paper uses "
                                        + "sigmoid. Logits are linear, with softmax cross-entropy."))
                .wide(summary(s))
                .section("OPTIMIZER · ADAM")
                .field(
                        "Learning rate",
                        "learningRateField",
                        s.learningRate(),
                        "Adam's step size; the paper " + "uses 1.5e-3.")
                .field(
                        "Batch size",
                        "batchSizeField",
                        s.batchSize(),
                        "Examples per Adam step, shuffled each " + "epoch; the paper uses 64.")
                .field(
                        "Max epochs",
                        "maxEpochsField",
                        s.maxEpochs(),
                        "Epochs at most; training stops earlier " + "when the training loss stops improving.")
                .field(
                        "Patience",
                        "patienceField",
                        s.patience(),
                        "Epochs without a better training loss " + "before training stops (early stopping).")
                .field(
                        "Seed",
                        "seedField",
                        s.seed(),
                        "Seeds the initial weights and the "
                                + "shuffling: the same seed trains the same network, bit for bit.")
                .section("L2 PROBE  λ‖θ‖²")
                .wide(lambdaSlider(s.lambda()))
                .row(
                        "λ",
                        Controls.textField(
                                "lambdaField",
                                s.lambda().field(),
                                "The exact L2 strength λ of " + "L_λ = E + λ‖θ‖²; a framework's weight decay β is 2λ."))
                .wide(Controls.errorLabel(s.lambda().field()))
                .wide(weightDecay(s.lambda()));
        form.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> viewModel.stateProperty().get().isActive(), viewModel.stateProperty()));
        // the buttons first: error messages under invalid fields grow the form below them, never push Train away
        getChildren().addAll(buttons(viewModel), form);
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
        Slider slider = new Slider(
                LambdaScale.ZERO_POSITION,
                LambdaScale.MAX_EXPONENT,
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
        return Controls.tip(
                slider, "λ on a logarithmic scale, from 0 to 1; the field below takes an " + "exact value.");
    }

    private static Label weightDecay(LambdaViewModel lambda) {
        Label beta = Controls.styled(new Label(), "muted");
        beta.setId("betaLabel");
        beta.textProperty().bind(lambda.weightDecayProperty());
        return beta;
    }

    private static HBox buttons(TrainingViewModel viewModel) {
        Button train = Controls.button(
                "trainButton",
                viewModel.trainCommand(),
                "Train a network with these settings; the charts update as it learns.");
        train.getStyleClass().add("primary");
        train.setDefaultButton(true);
        Button pause = Controls.button(
                "pauseButton", viewModel.pauseResumeCommand(), "Pause after the current minibatch, or resume.");
        Button stop =
                Controls.button("stopButton", viewModel.stopCommand(), "Stop training; the model so far is kept.");
        return Controls.fillRow(train, pause, stop);
    }
}
