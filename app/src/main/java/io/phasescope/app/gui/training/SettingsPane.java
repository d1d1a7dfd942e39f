package io.phasescope.app.gui.training;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.training.LambdaScale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
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
        TrainingFormRows rows = new TrainingFormRows(s, "");
        FormGrid form = new FormGrid().section("DATA");
        rows.data(form).section("NETWORK");
        rows.network(form).wide(rows.architecture()).section("OPTIMIZER · ADAM");
        rows.optimizer(form)
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
