package io.phasescope.app.gui.training;

import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.training.LambdaScale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The L2 strength λ, editable two ways that stay in step: a log slider ({@link LambdaScale}) and an
 * exact text field. Moving the slider writes a rounded λ into the field; a λ typed into the field moves
 * the slider once it parses. Also shows the equivalent weight decay β = 2λ.
 */
public final class LambdaViewModel {

    private final ValidatedField<Double> field;
    private final DoubleProperty sliderPosition = new SimpleDoubleProperty(this, "sliderPosition");
    private final ReadOnlyStringWrapper weightDecay = new ReadOnlyStringWrapper(this, "weightDecay");
    private boolean syncing;

    public LambdaViewModel(double initialLambda, TaskExecutor executor) {
        field = new ValidatedField<>(LambdaScale.format(initialLambda), LambdaScale::parse, executor);
        sliderPosition.set(LambdaScale.positionOf(field.getValue()));
        weightDecay.set(describeWeightDecay(field.getValue()));
        field.valueProperty().addListener((obs, old, lambda) -> {
            weightDecay.set(describeWeightDecay(lambda));
            sync(() -> sliderPosition.set(LambdaScale.positionOf(lambda)));
        });
        // β follows what the field says: no stale value beside an invalid λ
        field.validProperty()
                .addListener((obs, was, valid) ->
                        weightDecay.set(valid ? describeWeightDecay(field.getValue()) : "β = 2λ: enter a valid λ"));
        sliderPosition.addListener((obs, old, position) ->
                sync(() -> field.setText(LambdaScale.format(LambdaScale.lambdaAt(position.doubleValue())))));
    }

    /** The exact λ text field. */
    public ValidatedField<Double> field() {
        return field;
    }

    /** The slider position, from {@link LambdaScale#ZERO_POSITION} to {@link LambdaScale#MAX_EXPONENT}. */
    public DoubleProperty sliderPositionProperty() {
        return sliderPosition;
    }

    /** For example {@code "β = 2λ = 2e-4"}; while the λ field is invalid, says so instead of a stale β. */
    public ReadOnlyStringProperty weightDecayProperty() {
        return weightDecay.getReadOnlyProperty();
    }

    /** The last valid λ. */
    public double lambda() {
        return field.getValue();
    }

    private void sync(Runnable update) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            update.run();
        } finally {
            syncing = false;
        }
    }

    private static String describeWeightDecay(double lambda) {
        return "β = 2λ = " + LambdaScale.format(2 * lambda);
    }
}
