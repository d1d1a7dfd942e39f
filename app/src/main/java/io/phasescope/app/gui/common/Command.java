package io.phasescope.app.gui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * An action of a view model together with whether it can run now and a label for it. Views bind
 * buttons and menu items to it; {@link #execute()} does nothing while the command is disabled.
 */
public final class Command {

    private final Runnable action;
    private final ObservableBooleanValue executable;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();

    /** A command with a fixed label. */
    public Command(String label, ObservableBooleanValue executable, Runnable action) {
        this(Bindings.createStringBinding(() -> label), executable, action);
    }

    /** A command whose label changes, for example Pause / Resume. */
    public Command(ObservableStringValue label, ObservableBooleanValue executable, Runnable action) {
        if (label == null || executable == null || action == null) {
            throw new IllegalArgumentException(
                    "label, executable and action must be given, were " + label + ", " + executable + ", " + action);
        }
        this.action = action;
        this.executable = executable;
        this.label.bind(label);
    }

    /** Runs the action if the command is executable now. */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public ObservableBooleanValue executableProperty() {
        return executable;
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }
}
