package io.phasescope.app.gui.study;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.study.StudyTables;
import io.phasescope.app.study.StudyWatch;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.study.StudyEntry;
import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudyResults;
import io.phasescope.model.study.StudyVariant;
import io.phasescope.render.phase.LambdaUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The study view's model: the study folder opened, its tasks grouped by variant ({@link Group}) with a check each,
 * each variant's λc as mean ± spread across its finished seeds, the variants' hierarchies side by side, and the
 * command that overlays the checked sweeps on the Phase diagram. While the study is incomplete and the view open, it
 * checks the folder every {@link #INTERVAL} (through the executor's debouncer, never on the UI thread) and shows what
 * changed; the overlaid sweeps still being written grow on the Phase diagram as their points arrive (its
 * {@link io.phasescope.app.phase.WriterFollower}) until they finish, another sweep is shown or this view closes. All
 * methods run on the UI thread.
 */
public final class StudyViewModel {

    /** How often an incomplete study is checked for changes. */
    static final Duration INTERVAL = Duration.ofSeconds(2);

    /**
     * The tasks of one variant.
     *
     * @param label the variant's varied fields, for example "learning_rate=0.01"
     * @param tasks its tasks, in the study's order
     */
    public record Group(String label, List<StudyTaskRow> tasks) {

        public Group {
            tasks = List.copyOf(tasks);
        }
    }

    private final PhaseViewModel phase;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ObservableValue<LambdaUnit> unit;
    private final Coalescer ticker;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<String> spreadLines = FXCollections.observableArrayList();
    /** Views of the lists, made once: an unmodifiable view listens to its list weakly, so it must be kept. */
    private final ObservableList<Group> groupsView = FXCollections.unmodifiableObservableList(groups);

    private final ObservableList<String> spreadLinesView = FXCollections.unmodifiableObservableList(spreadLines);
    private final ReadOnlyObjectWrapper<StudyTables.Hierarchy> hierarchy =
            new ReadOnlyObjectWrapper<>(this, "hierarchy", new StudyTables.Hierarchy(List.of("level"), List.of()));
    private final Map<String, StudyTaskRow> rows = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper anyChecked = new ReadOnlyBooleanWrapper(this, "anyChecked");
    private final Command overlay;
    private final Command refresh;
    private StudyWatch watch;
    /** The tasks of the last overlay, the one shown first: the Phase diagram shows it while the overlay is shown. */
    private List<StudyTaskRow> overlaid = List.of();

    private StudyResults results;
    private boolean reading;

    /**
     * @param phase the Phase diagram, on which checked sweeps are overlaid
     * @param executor reads the folder and times the checks
     * @param status receives what was opened and errors
     */
    public StudyViewModel(PhaseViewModel phase, TaskExecutor executor, StatusModel status) {
        if (phase == null || executor == null || status == null) {
            throw new IllegalArgumentException(
                    "phase, executor and status must be given, were " + phase + ", " + executor + ", " + status);
        }
        this.phase = phase;
        this.executor = executor;
        this.status = status;
        this.unit = phase.settings().unitProperty();
        this.ticker = executor.debounce(INTERVAL, this::check);
        overlay =
                new Command("Overlay on Phase diagram", anyChecked.and(phase.canOpenProperty()), this::overlayChecked);
        refresh = new Command("Refresh", folder.isNotNull(), () -> {
            if (watch == null) {
                watch = new StudyWatch(folder.get());
            }
            check();
        });
        unit.addListener((obs, old, now) -> showTables());
    }

    /** Opens the study in {@code root}, replacing the one shown, and follows it while it is incomplete. */
    public void open(Path root) {
        if (root == null) {
            throw new IllegalArgumentException("root must be given");
        }
        close();
        results = null;
        rows.clear();
        groups.clear();
        spreadLines.clear();
        hierarchy.set(new StudyTables.Hierarchy(List.of("level"), List.of()));
        updateChecked();
        error.set("");
        folder.set(root);
        title.set("Reading the study in " + root + " …");
        watch = new StudyWatch(root);
        check();
    }

    /**
     * Stops following the study (the view closed, or another study opens), and its sweeps overlaid on the Phase
     * diagram while they are still what it shows; what is shown stays. Idempotent.
     */
    public void close() {
        ticker.cancel();
        following.set(false);
        watch = null;
        if (!overlaid.isEmpty()
                && overlaid.get(0)
                        .folder()
                        .equals(phase.shown().folderProperty().get())) {
            phase.stopFollowing();
        }
        overlaid = List.of();
    }

    /** Reads the study again if it changed; then, while it is incomplete, asks to be called again. */
    private void check() {
        StudyWatch watching = watch;
        if (watching == null || reading) {
            return; // reading: an executor that runs everything at once asked again from within
        }
        reading = true;
        try {
            executor.execute(BackgroundTask.of("read study", control -> watching.readIfChanged())
                    .onSuccess(snapshot -> {
                        if (watching != watch) {
                            return; // closed, or another study opened meanwhile
                        }
                        snapshot.ifPresent(this::show);
                        followOverlayAgain();
                        following.set(results != null && !results.manifest().complete());
                        if (following.get()) {
                            ticker.request();
                        }
                    })
                    .onFailure(e -> {
                        if (watching != watch) {
                            return;
                        }
                        String message = (results == null ? "Cannot open the study in " : "Stopped following ")
                                + watching.root() + ": " + e.getMessage();
                        error.set(message);
                        status.error(message);
                        close();
                    }));
        } finally {
            reading = false;
        }
    }

    private void show(StudyWatch.Snapshot snapshot) {
        boolean first = results == null;
        results = snapshot.results();
        error.set("");
        List<Group> fresh = new ArrayList<>();
        boolean changed = false;
        for (StudyVariant variant : results.manifest().variants()) {
            List<StudyTaskRow> tasks = new ArrayList<>();
            for (StudyEntry entry : variant.entries()) {
                boolean started = snapshot.started().contains(entry.id());
                StudyTaskRow row = rows.get(entry.id());
                if (row == null) {
                    row = new StudyTaskRow(entry, started);
                    row.checkedProperty().addListener((obs, was, now) -> updateChecked());
                    rows.put(entry.id(), row);
                    changed = true;
                } else {
                    row.update(entry, started);
                }
                tasks.add(row);
            }
            fresh.add(new Group(variant.label(), tasks));
        }
        if (changed) {
            groups.setAll(fresh);
        }
        if (first && !groups.isEmpty()) {
            // the first variant's seeds checked, ready to overlay
            groups.get(0)
                    .tasks()
                    .forEach(r -> r.checkedProperty().set(r.startedProperty().get()));
        }
        title.set("Study '" + results.manifest().name() + "' in " + folder.get() + ": "
                + results.manifest().progress());
        showTables();
        if (first) {
            status.info("Opened the study in " + folder.get() + ": "
                    + results.manifest().progress() + ", "
                    + results.variants().size() + " variants"
                    + (results.manifest().complete() ? "" : "; followed while it runs"));
        }
    }

    private void showTables() {
        if (results == null) {
            return;
        }
        List<String> lines = StudyTables.spreadLines(results, unit.getValue());
        if (!lines.equals(spreadLines)) {
            spreadLines.setAll(lines);
        }
        StudyTables.Hierarchy table = StudyTables.hierarchy(results);
        if (!table.equals(hierarchy.get())) {
            hierarchy.set(table);
        }
    }

    private void updateChecked() {
        anyChecked.set(rows.values().stream().anyMatch(r -> r.checkedProperty().get()));
    }

    private void overlayChecked() {
        List<StudyTaskRow> checked = rows.values().stream()
                .filter(r -> r.checkedProperty().get() && r.startedProperty().get())
                .toList();
        if (checked.isEmpty()) {
            status.error("None of the checked sweeps has started yet: nothing to overlay");
            return;
        }
        overlaid = checked;
        phase.showSweeps(checked.stream().map(StudyTaskRow::folder).toList());
    }

    /**
     * At each check: the overlaid tasks not finished yet are followed again on the Phase diagram if their writer let
     * go meanwhile (a lost worker, a killed driver) and may be back.
     */
    private void followOverlayAgain() {
        List<Path> running = overlaid.stream()
                .filter(r -> r.stateProperty().get() == StudyFolder.State.PENDING
                        || r.stateProperty().get() == StudyFolder.State.SUBMITTED)
                .map(StudyTaskRow::folder)
                .toList();
        if (!running.isEmpty()) {
            phase.followAgain(running);
        }
    }

    /** The study folder shown, or null. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The study's name, folder and progress, for example "Study 'tiny' in /s: 3 of 4 done, 1 submitted". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why the folder cannot be shown (not a study, unreadable), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the folder is being checked for changes (the study is incomplete and the view open). */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** The tasks by variant. */
    public ObservableList<Group> groups() {
        return groupsView;
    }

    /** Per variant, a header line, then each level's λc as mean ± spread across seeds and the classes lost. */
    public ObservableList<String> spreadLines() {
        return spreadLinesView;
    }

    /** The variants' hierarchies side by side. */
    public ReadOnlyObjectProperty<StudyTables.Hierarchy> hierarchyProperty() {
        return hierarchy.getReadOnlyProperty();
    }

    /**
     * Overlays the checked sweeps that have points on the Phase diagram, as seeds; those still running are followed
     * there as their points arrive.
     */
    public Command overlayCommand() {
        return overlay;
    }

    /** Reads the study again now, if it changed. */
    public Command refreshCommand() {
        return refresh;
    }
}
