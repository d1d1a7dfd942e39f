package io.phasescope.app.gui.phase;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.render.phase.LambdaUnit;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sweep settings of the Phase-diagram view: which sweep (a standard one or an opened folder), its branches
 * and seeds, and the unit of every λ axis and text. Remembers whether the user changed them since the sweep
 * shown was opened or started, in which case Run starts a new sweep instead of resuming.
 */
public final class SweepSettings {

    private final ObservableList<SweepChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<SweepChoice> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final ObjectProperty<SweepChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObjectProperty<SweepMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final ValidatedField<List<Long>> seeds;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<LambdaUnit> unit = new SimpleObjectProperty<>(this, "unit", LambdaUnit.LAMBDA);
    private final ReadOnlyStringWrapper axisLabel = new ReadOnlyStringWrapper(this, "axisLabel");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private boolean applying;

    /**
     * @param choices the sweeps offered, the first selected (at least one)
     * @param executor validates the seeds field
     */
    SweepSettings(List<SweepChoice> choices, TaskExecutor executor) {
        if (choices == null || choices.isEmpty()) {
            throw new IllegalArgumentException("at least one sweep must be offered, got " + choices);
        }
        this.choices.setAll(choices);
        this.seeds = new ValidatedField<>("1", InputParsers::seeds, executor);
        choice.addListener((obs, old, now) -> choiceChanged(now));
        mode.addListener((obs, old, now) -> edited());
        seeds.valueProperty().addListener((obs, old, now) -> edited());
        unit.addListener((obs, old, now) -> axisLabel.set(now.axisLabel()));
        axisLabel.set(unit.get().axisLabel());
        choice.set(choices.get(0));
        changed.set(false);
    }

    private void choiceChanged(SweepChoice now) {
        if (now == null) {
            return;
        }
        boolean programmatic = applying;
        applying = true;
        try {
            mode.set(now.spec().mode());
            seeds.setText(now.spec().seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        } finally {
            applying = programmatic;
        }
        summary.set(PhaseFormat.summary(now.spec()));
        edited();
    }

    private void edited() {
        if (!applying) {
            changed.set(true);
        }
    }

    /** The sweep the settings describe. */
    SweepSpec requestedSpec() {
        return choice.get().spec().withMode(mode.get()).withSeeds(seeds.getValue());
    }

    /** Offers and selects the opened sweep {@code shown} (replacing an earlier opened one); not a user's change. */
    void showOpened(SweepChoice shown) {
        applying = true;
        try {
            choices.removeIf(c -> c.label().startsWith("Opened: "));
            choices.add(shown);
            choice.set(shown);
        } finally {
            applying = false;
        }
        changed.set(false);
    }

    /** The settings now describe the sweep shown. */
    void markUnchanged() {
        changed.set(false);
    }

    /** Whether the user changed the settings since the sweep shown was opened or started. */
    ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The sweeps offered; an opened folder adds one. */
    public ObservableList<SweepChoice> choices() {
        return readOnlyChoices;
    }

    public ObjectProperty<SweepChoice> choiceProperty() {
        return choice;
    }

    /** Which branches to walk; set from the chosen sweep, editable. */
    public ObjectProperty<SweepMode> modeProperty() {
        return mode;
    }

    /** The seeds, {@code "1"} or {@code "1, 2, 3"}. */
    public ValidatedField<List<Long>> seeds() {
        return seeds;
    }

    /** What the chosen sweep trains, in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The unit of every λ axis and λ text. */
    public ObjectProperty<LambdaUnit> unitProperty() {
        return unit;
    }

    /** The label of the λ axes in the current unit. */
    public ReadOnlyStringProperty axisLabelProperty() {
        return axisLabel.getReadOnlyProperty();
    }
}
