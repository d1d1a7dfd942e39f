package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.gui.sweepspec.SweepSpecForm;
import io.phasescope.app.gui.training.TrainingSettings;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.workspace.CustomSweepState;
import io.phasescope.model.net.Activation;
import io.phasescope.model.sweep.SweepMode;
import java.util.List;

/** Takes a {@link CustomSweepState} (as saved in a workspace) from the sweep settings and puts it back. */
public final class CustomSweepStates {

    private CustomSweepStates() {}

    /** The custom sweep of {@code settings}, with its mode and seeds. */
    public static CustomSweepState of(SweepSettings settings) {
        SweepSpecForm f = settings.custom().form();
        TrainingSettings t = f.training();
        return new CustomSweepState(
                settings.isCustomChosen(),
                t.datasetProperty().get().name(),
                t.trainSize().textProperty().get(),
                t.testSize().textProperty().get(),
                f.networkProperty().get().name(),
                t.hiddenWidths().textProperty().get(),
                t.activationProperty().get().name(),
                t.learningRate().textProperty().get(),
                t.batchSize().textProperty().get(),
                t.maxEpochs().textProperty().get(),
                t.patience().textProperty().get(),
                f.gridKindProperty().get().name(),
                f.grid().textProperty().get(),
                f.untilTrivialProperty().get(),
                f.ref().textProperty().get(),
                settings.modeProperty().get().name(),
                settings.seeds().textProperty().get(),
                f.baseSpec().paramStride(),
                f.baseSpec().data().seed());
    }

    /**
     * Checks what {@link #applyTo} would refuse, so that a bad file is refused before anything changes.
     *
     * @throws IllegalArgumentException naming the unknown dataset, network, activation, grid kind or mode
     */
    public static CustomSweepState validate(CustomSweepState state) {
        try {
            DatasetChoice.valueOf(state.dataset());
            SweepSpecForm.Network.valueOf(state.network());
            Activation.valueOf(state.activation());
            SweepSpecForm.GridKind.valueOf(state.gridKind());
            SweepMode.valueOf(state.mode());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("the custom sweep's settings are damaged: " + e.getMessage(), e);
        }
        if (state.paramStride() < 1) {
            throw new IllegalArgumentException(
                    "the custom sweep's parameter stride must be >= 1, was " + state.paramStride());
        }
        return state;
    }

    /**
     * Puts {@code state} into {@code settings}: the choices, then the texts (each committed, so a bad one shows its
     * error), then "Custom…" chosen again if it was.
     *
     * @throws IllegalArgumentException as {@link #validate}
     */
    public static void applyTo(CustomSweepState state, SweepSettings settings) {
        validate(state);
        SweepSpecForm f = settings.custom().form();
        TrainingSettings t = f.training();
        f.rebase(state.paramStride(), state.dataSeed());
        t.datasetProperty().set(DatasetChoice.valueOf(state.dataset()));
        f.networkProperty().set(SweepSpecForm.Network.valueOf(state.network()));
        t.activationProperty().set(Activation.valueOf(state.activation()));
        f.gridKindProperty().set(SweepSpecForm.GridKind.valueOf(state.gridKind()));
        f.untilTrivialProperty().set(state.untilTrivial());
        settings.modeProperty().set(SweepMode.valueOf(state.mode()));
        List<ValidatedField<?>> fields = List.of(
                t.trainSize(),
                t.testSize(),
                t.hiddenWidths(),
                t.learningRate(),
                t.batchSize(),
                t.maxEpochs(),
                t.patience(),
                f.grid(),
                f.ref(),
                settings.seeds());
        List<String> texts = List.of(
                state.trainSize(),
                state.testSize(),
                state.hiddenWidths(),
                state.learningRate(),
                state.batchSize(),
                state.maxEpochs(),
                state.patience(),
                state.grid(),
                state.ref(),
                state.seeds());
        for (int i = 0; i < fields.size(); i++) {
            if (texts.get(i) != null) {
                fields.get(i).setText(texts.get(i));
            }
        }
        if (state.chosen()) {
            settings.chooseCustom();
        }
    }
}
