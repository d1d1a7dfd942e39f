package io.phasescope.app.gui.study;

import io.phasescope.model.study.StudyEntry;
import io.phasescope.model.study.StudyFolder;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One task of the study shown: its seed and state (with why it failed), whether its sweep has points to show, and
 * whether the user checked it for the overlay. The state and points are updated in place as the study runs; the check
 * is the user's.
 */
public final class StudyTaskRow {

    private final String id;
    private final long seed;
    private final Path folder;
    private final ReadOnlyObjectWrapper<StudyFolder.State> state;
    private final ReadOnlyBooleanWrapper started;
    private final ReadOnlyStringWrapper error;
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");

    StudyTaskRow(StudyEntry entry, boolean started) {
        this.id = entry.id();
        this.seed = entry.seed();
        this.folder = entry.folder();
        this.state = new ReadOnlyObjectWrapper<>(this, "state", entry.state());
        this.started = new ReadOnlyBooleanWrapper(this, "started", started);
        this.error = new ReadOnlyStringWrapper(this, "error", entry.error());
    }

    void update(StudyEntry entry, boolean nowStarted) {
        state.set(entry.state());
        started.set(nowStarted);
        error.set(entry.error());
    }

    public String id() {
        return id;
    }

    public long seed() {
        return seed;
    }

    Path folder() {
        return folder;
    }

    /** The task's state in study.json. */
    public ReadOnlyObjectProperty<StudyFolder.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether the task's sweep folder holds points (it can be overlaid). */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** Why the task failed, as study.json records it; empty unless it failed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the task is checked for the overlay. */
    public BooleanProperty checkedProperty() {
        return checked;
    }
}
