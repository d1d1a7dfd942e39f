package io.phasescope.app.gui.phase;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.gui.sweepspec.CustomSweep;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.render.phase.LambdaUnit;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
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
 * shown was opened or started, in which case Run starts a new sweep instead of resuming. The last choice, "Custom…"
 * ({@link CustomSweep}), opens the whole spec as a form, filled from the sweep chosen before.
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
    private final CustomSweep custom;
    private final SweepChoice customChoice;
    private final BooleanBinding runnable;
    private SweepChoice filledFrom;
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
        custom = new CustomSweep(choices.stream().map(SweepChoice::spec).toList(), mode, seeds, executor);
        customChoice = new SweepChoice(
                CustomSweep.ID, CustomSweep.LABEL, choices.get(0).spec());
        this.choices.add(customChoice);
        custom.form().revisionProperty().addListener(x -> customEdited());
        mode.addListener((obs, old, now) -> customEdited());
        seeds.valueProperty().addListener((obs, old, now) -> customEdited());
        runnable = seeds.validProperty().and(choice.isNotEqualTo(customChoice).or(custom.readyProperty()));
        choice.addListener((obs, old, now) -> choiceChanged(old, now));
        mode.addListener((obs, old, now) -> edited());
        seeds.valueProperty().addListener((obs, old, now) -> edited());
        unit.addListener((obs, old, now) -> axisLabel.set(now.axisLabel()));
        axisLabel.set(unit.get().axisLabel());
        choice.set(choices.get(0));
        changed.set(false);
    }

    private void choiceChanged(SweepChoice old, SweepChoice now) {
        if (now == null) {
            return;
        }
        if (now == customChoice) {
            customChosen(old);
            return;
        }
        custom.activeProperty().set(false);
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

    /** Fills the custom form from {@code before} unless it was filled from that choice already (edits survive). */
    private void customChosen(SweepChoice before) {
        if (before != null && before != filledFrom) {
            boolean programmatic = applying;
            applying = true;
            try {
                custom.fill(before.spec());
            } finally {
                applying = programmatic;
            }
            filledFrom = before;
        }
        custom.activeProperty().set(true);
        customEdited();
    }

    private void customEdited() {
        if (choice.get() != customChoice) {
            return;
        }
        try {
            summary.set(PhaseFormat.summary(custom.form().recipe(mode.get(), seeds.getValue())));
        } catch (IllegalArgumentException e) {
            summary.set("Custom sweep: " + e.getMessage());
        }
        edited();
    }

    private void edited() {
        if (!applying) {
            changed.set(true);
        }
    }

    /** The sweep the settings describe. */
    SweepSpec requestedSpec() {
        SweepSpec chosen =
                choice.get() == customChoice ? custom.spec() : choice.get().spec();
        return chosen.withMode(mode.get()).withSeeds(seeds.getValue());
    }

    /** Whether Run may start the settings' sweep: the seeds parse and a custom spec is checked. */
    BooleanBinding runnableProperty() {
        return runnable;
    }

    /** The "Custom…" sweep: its form and wall-time estimate. */
    public CustomSweep custom() {
        return custom;
    }

    /** Whether "Custom…" is the sweep chosen. */
    public boolean isCustomChosen() {
        return choice.get() == customChoice;
    }

    /** Chooses "Custom…" (as restoring a workspace does) without filling it again. */
    public void chooseCustom() {
        filledFrom = choice.get();
        choice.set(customChoice);
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
