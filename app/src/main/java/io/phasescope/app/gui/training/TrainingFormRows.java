package io.phasescope.app.gui.training;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.controls.FormGrid;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.model.net.Activation;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

/**
 * The rows of the training form, with their help texts, for the Training view and the Phase diagram's custom sweep:
 * data (dataset, train and test examples), network (hidden widths, activation) and Adam (learning rate, batch size,
 * max epochs, patience), bound to a {@link TrainingSettings}. Control ids get a prefix, so that both forms can live in
 * one window: {@code ""} gives {@code trainSizeField}, {@code "spec"} gives {@code specTrainSizeField}.
 */
public final class TrainingFormRows {

    private final TrainingSettings s;
    private final String prefix;

    /**
     * @param settings the form's fields
     * @param idPrefix prepended to every control id, empty for the Training view
     */
    public TrainingFormRows(TrainingSettings settings, String idPrefix) {
        if (settings == null || idPrefix == null) {
            throw new IllegalArgumentException(
                    "settings and idPrefix must be given, were " + settings + ", " + idPrefix);
        }
        this.s = settings;
        this.prefix = idPrefix;
    }

    /** Dataset, train and test examples. */
    public FormGrid data(FormGrid form) {
        ChoiceBox<DatasetChoice> dataset = Controls.choice(
                id("datasetChoice"), Arrays.asList(DatasetChoice.values()), s.datasetProperty(), String::valueOf);
        return form.row(
                        "Dataset",
                        Controls.tip(
                                dataset,
                                "MNIST or Fashion-MNIST (real IDX files, verified), or the synthetic patterns."))
                .field(
                        "Train examples",
                        id("trainSizeField"),
                        s.trainSize(),
                        "Training images, a stratified subset with equal classes, up to the whole set (60,000 for MNIST).")
                .field(
                        "Test examples",
                        id("testSizeField"),
                        s.testSize(),
                        "Test images for test loss and accuracy, a stratified subset, up to the whole set (10,000 for MNIST).");
    }

    /** Hidden widths and activation. */
    public FormGrid network(FormGrid form) {
        return form.field(
                        "Hidden widths",
                        id("widthsField"),
                        s.hiddenWidths(),
                        "Widths of the hidden layers, separated by commas or spaces: 128, 128 is the paper network.")
                .row(
                        "Activation",
                        Controls.tip(
                                activationChoice(),
                                "The hidden layers' activation; the paper uses sigmoid. Logits are linear, with"
                                        + " softmax cross-entropy."));
    }

    /** For example "784-128-128-10 sigmoid · 118 282 parameters", or why the network is impossible. */
    public Label architecture() {
        Label label = Controls.styled(new Label(), "muted", "architecture-summary");
        label.setId(id("architectureLabel"));
        label.setWrapText(true);
        label.textProperty().bind(s.architectureProperty());
        return label;
    }

    /** Learning rate, batch size, max epochs and patience. */
    public FormGrid optimizer(FormGrid form) {
        return form.field(
                        "Learning rate",
                        id("learningRateField"),
                        s.learningRate(),
                        "Adam's step size; the paper uses 1.5e-3.")
                .field(
                        "Batch size",
                        id("batchSizeField"),
                        s.batchSize(),
                        "Examples per Adam step, shuffled each epoch; the paper uses 64.")
                .field(
                        "Max epochs",
                        id("maxEpochsField"),
                        s.maxEpochs(),
                        "Epochs at most; training stops earlier when the training loss stops improving.")
                .field(
                        "Patience",
                        id("patienceField"),
                        s.patience(),
                        "Epochs without a better training loss before training stops (early stopping).");
    }

    private ChoiceBox<Activation> activationChoice() {
        return Controls.choice(
                id("activationChoice"), Arrays.asList(Activation.values()), s.activationProperty(), Activation::id);
    }

    private String id(String base) {
        return prefix.isEmpty() ? base : prefix + base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
