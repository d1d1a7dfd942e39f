package io.phasescope.app.gui.workspace;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.curvature.CurvatureStates;
import io.phasescope.app.gui.curvature.CurvatureViewModel;
import io.phasescope.app.gui.landscape.LandscapeSnapshot;
import io.phasescope.app.gui.landscape.LandscapeViewModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.phase.CustomSweepStates;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.workspace.DemoWorkspace;
import io.phasescope.app.workspace.EmbeddedSweep;
import io.phasescope.app.workspace.LandscapeState;
import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceCodec;
import io.phasescope.app.workspace.WorkspaceState;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.io.FolderLockedException;
import io.phasescope.model.io.Version;
import io.phasescope.render.phase.LambdaUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Save, Save As, Open, Open Recent and the demo workspace, and autosave. Saving captures the session on the UI
 * thread and embeds the open sweep and writes in the background (atomically). Opening reads, checks and rebuilds
 * everything in the background (extracting an embedded sweep whose folder is missing or differs, see
 * {@link EmbeddedSweep}) and only then replaces the session, so a damaged file changes nothing: its message goes
 * to the status bar and to {@link #openErrorProperty()}, which the view shows as a dialog. Autosave writes
 * {@code autosaveFile} every {@link #AUTOSAVE_INTERVAL} and when the app closes; it names the sweep folder
 * without embedding it, since it is reopened on the same machine.
 */
public final class WorkspaceViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceViewModel.class);

    /** Time between autosaves. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(3);
    /** The window title of a session without a file. */
    public static final String APP_NAME = "Phasescope";
    /** A saved file at least this large has its size said in the status line, bytes. */
    static final long LARGE = 10_000_000;
    /** The folder under the sweeps root into which embedded sweeps are extracted, one folder per workspace. */
    static final String EXTRACTED = "workspaces";

    private final ModelLibrary library;
    private final PhaseViewModel phase;
    private final LandscapeViewModel landscape;
    private final CurvatureViewModel curvature;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final RecentFiles recent;
    private final Path autosaveFile;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP_NAME);
    private final ReadOnlyStringWrapper openError = new ReadOnlyStringWrapper(this, "openError", "");
    private final Coalescer autosaver;
    private final Command save;
    private final Command openDemo;
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyIntegerWrapper saveAsRequests = new ReadOnlyIntegerWrapper(this, "saveAsRequests");
    private final ReadOnlyIntegerWrapper sweepsShown = new ReadOnlyIntegerWrapper(this, "sweepsShown");

    /**
     * @param autosaveFile where autosave writes, e.g. {@code ~/.phasescope/autosave.phasescope}
     */
    public WorkspaceViewModel(
            ModelLibrary library,
            PhaseViewModel phase,
            LandscapeViewModel landscape,
            CurvatureViewModel curvature,
            RecentFiles recent,
            Path autosaveFile,
            TaskExecutor executor,
            StatusModel status) {
        if (library == null
                || phase == null
                || landscape == null
                || curvature == null
                || recent == null
                || autosaveFile == null
                || executor == null
                || status == null) {
            throw new IllegalArgumentException("every collaborator of the workspace view model must be given");
        }
        this.library = library;
        this.phase = phase;
        this.landscape = landscape;
        this.curvature = curvature;
        this.recent = recent;
        this.autosaveFile = autosaveFile;
        this.executor = executor;
        this.status = status;
        this.autosaver = executor.debounce(AUTOSAVE_INTERVAL, this::autosaveAndReschedule);
        file.addListener((obs, was, now) -> windowTitle.set(titleOf(now)));
        this.save = new Command("Save workspace", new SimpleBooleanProperty(true), this::save);
        empty.bind(Bindings.isEmpty(library.models())
                .and(phase.shown().folderProperty().isNull()));
        this.openDemo = new Command("Open demo workspace", new SimpleBooleanProperty(true), this::openDemo);
    }

    /**
     * Saves to the current file; a session without one (untitled, or the demo) asks the view for a file through
     * {@link #saveAsRequestsProperty()}, with a message saying why.
     */
    public void save() {
        if (file.get() != null) {
            saveAs(file.get());
        } else {
            status.info("This session has no file yet: choose where to save it.");
            saveAsRequests.set(saveAsRequests.get() + 1);
        }
    }

    /**
     * Counts the workspaces opened with a sweep: the window shows the Phase diagram whenever it changes, where a
     * class or a reader of the workspace starts.
     */
    public ReadOnlyIntegerProperty sweepsShownProperty() {
        return sweepsShown.getReadOnlyProperty();
    }

    /** Counts the requests for a Save as… dialog: the view opens one whenever it changes. */
    public ReadOnlyIntegerProperty saveAsRequestsProperty() {
        return saveAsRequests.getReadOnlyProperty();
    }

    /** Starts the periodic autosave. */
    public void startAutosave() {
        autosaver.request();
    }

    /** Saves the session to {@code target} (made to end in .phasescope) in the background. */
    public void saveAs(Path target) {
        Path named = target.getFileName().toString().endsWith(WorkspaceArchive.EXTENSION)
                ? target
                : target.resolveSibling(target.getFileName() + WorkspaceArchive.EXTENSION);
        WorkspaceCodec.Snapshot snapshot = capture();
        status.info("Saving the workspace to " + named + " …");
        executor.execute(BackgroundTask.of("save workspace", control -> {
                    WorkspaceCodec.Snapshot embedded = WorkspaceCodec.embedOpenSweep(snapshot);
                    WorkspaceArchive.write(named, embedded.state(), embedded.entries());
                    return Files.size(named);
                })
                .onSuccess(bytes -> {
                    file.set(named);
                    recent.add(named);
                    status.info(
                            "Saved the workspace (" + snapshot.state().models().size() + " models"
                                    + (bytes >= LARGE ? String.format(Locale.ROOT, ", %.1f MB", bytes / 1e6) : "")
                                    + ") to " + named);
                })
                .onFailure(error -> status.error(error.getMessage())));
    }

    /**
     * Writes the autosave file now, on the calling thread (for the app's exit), unless the session is empty.
     * Failures are only reported.
     */
    public void autosaveNow() {
        if (isEmpty()) {
            return;
        }
        try {
            WorkspaceCodec.Snapshot snapshot = capture();
            Files.createDirectories(autosaveFile.toAbsolutePath().getParent());
            WorkspaceArchive.write(autosaveFile, snapshot.state(), snapshot.entries());
        } catch (RuntimeException | IOException e) {
            status.error("Autosave failed: " + e.getMessage());
        }
    }

    /**
     * Opens {@code source} in the background; the session is replaced only if all of it reads. An embedded
     * sweep whose folder is missing or differs is extracted under {@code <sweeps root>/workspaces/<file name>}.
     */
    public void open(Path source) {
        open(source, source, true);
    }

    /**
     * Opens the bundled demo workspace ({@link DemoWorkspace}) as an untitled session: Save asks for a file, and
     * the demo is not added to the recent files.
     */
    public void openDemo() {
        status.info("Opening the demo workspace …");
        executor.execute(BackgroundTask.of("copy the demo workspace", control -> DemoWorkspace.copyToTemporaryFile())
                .onSuccess(copy -> open(copy, Path.of(DemoWorkspace.NAME), false))
                .onFailure(error -> report("Cannot open the demo workspace: " + error.getMessage())));
    }

    private void open(Path source, Path shownAs, boolean remember) {
        status.info("Opening the workspace " + shownAs + " …");
        Path extractRoot = phase.run().sweepsRoot().resolve(EXTRACTED).resolve(EmbeddedSweep.safeName(stem(shownAs)));
        executor.execute(BackgroundTask.of("open workspace", control -> {
                    WorkspaceArchive.Contents contents = WorkspaceArchive.read(source);
                    Map<String, LibraryModel> models = WorkspaceCodec.models(contents);
                    LandscapeSnapshot.Prepared prepared = contents.state().landscape() == null
                            ? null
                            : LandscapeSnapshot.prepare(contents.state().landscape(), contents.entries(), models);
                    if (contents.state().curvature() != null) {
                        contents.state().curvature().validate();
                    }
                    if (contents.state().phase() != null
                            && contents.state().phase().custom() != null) {
                        CustomSweepStates.validate(contents.state().phase().custom());
                    }
                    Path sweep = WorkspaceCodec.sweepFolder(contents, extractRoot);
                    return new Opened(contents.state(), models, prepared, sweep);
                })
                .onSuccess(opened -> {
                    apply(opened);
                    file.set(remember ? source : null);
                    if (remember) {
                        recent.add(source);
                    }
                    String unpacked = opened.sweep() != null && opened.sweep().startsWith(extractRoot)
                            ? "; its sweep is in " + opened.sweep()
                            : "";
                    status.info("Opened the workspace " + shownAs + ": "
                            + opened.models().size() + " models" + unpacked);
                    if (opened.sweep() != null) {
                        sweepsShown.set(sweepsShown.get() + 1);
                    }
                })
                .onFailure(error -> report("Cannot open " + shownAs + ": " + error.getMessage())));
    }

    private void report(String message) {
        status.error(message);
        openError.set(message);
    }

    /** Clears the last open error (after the view showed it). */
    public void acknowledgeError() {
        openError.set("");
    }

    /** A workspace read and checked; {@code sweep} is the folder to open (extracted if need be), or null. */
    private record Opened(
            WorkspaceState state, Map<String, LibraryModel> models, LandscapeSnapshot.Prepared landscape, Path sweep) {}

    private void apply(Opened opened) {
        library.replaceAll(new ArrayList<>(opened.models().values()));
        WorkspaceState.Phase p = opened.state().phase();
        if (p != null) {
            phase.settings().unitProperty().set(LambdaUnit.valueOf(p.unit()));
            if (p.custom() != null) {
                CustomSweepStates.applyTo(p.custom(), phase.settings());
            }
            if (opened.sweep() != null && Files.isDirectory(opened.sweep())) {
                phase.openFolder(opened.sweep(), p.slider());
            } else if (opened.sweep() != null) {
                status.error("The workspace's sweep folder " + opened.sweep() + " is gone; the rest is open");
            }
        }
        if (opened.landscape() != null) {
            LandscapeSnapshot.apply(landscape, followSweep(opened), opened.models());
        }
        if (opened.state().curvature() != null) {
            CurvatureStates.applyTo(opened.state().curvature(), curvature);
        }
    }

    /** The landscape drawing the walks of the opened sweep where it drew those of the saved one. */
    private static LandscapeSnapshot.Prepared followSweep(Opened opened) {
        LandscapeState s = opened.landscape().state();
        WorkspaceState.Phase p = opened.state().phase();
        if (opened.sweep() == null
                || p == null
                || s.trajectoryFolder() == null
                || !s.trajectoryFolder().equals(p.sweepFolder())) {
            return opened.landscape();
        }
        return new LandscapeSnapshot.Prepared(
                s.withTrajectoryFolder(opened.sweep().toString()),
                opened.landscape().paths());
    }

    /** Captures the session, its sweep named but not yet embedded. UI thread (parameter arrays are only read). */
    WorkspaceCodec.Snapshot capture() {
        Path folder = phase.shown().folderProperty().get();
        WorkspaceState.Phase phaseState = new WorkspaceState.Phase(
                folder == null ? null : folder.toString(),
                phase.settings().unitProperty().get().name(),
                phase.scrubber().sliderPositionProperty().get(),
                null,
                CustomSweepStates.of(phase.settings()));
        LandscapeSnapshot.Captured captured = LandscapeSnapshot.capture(landscape);
        WorkspaceCodec.Snapshot s = WorkspaceCodec.snapshot(
                library.models(), phaseState, captured.state(), captured.entries(), Version.SOFTWARE);
        return new WorkspaceCodec.Snapshot(s.state().withCurvature(CurvatureStates.of(curvature)), s.entries());
    }

    private boolean isEmpty() {
        return empty.get();
    }

    private static String titleOf(Path file) {
        if (file == null) {
            return APP_NAME;
        }
        Path folder = file.toAbsolutePath().getParent();
        return file.getFileName() + (folder == null ? "" : " (" + folder + ")") + " — " + APP_NAME;
    }

    private static String stem(Path file) {
        String name =
                file.getFileName() == null ? "workspace" : file.getFileName().toString();
        return name.endsWith(WorkspaceArchive.EXTENSION)
                ? name.substring(0, name.length() - WorkspaceArchive.EXTENSION.length())
                : name;
    }

    private void autosaveAndReschedule() {
        if (!isEmpty()) {
            WorkspaceCodec.Snapshot snapshot = capture();
            executor.execute(BackgroundTask.of("autosave", control -> writeAutosave(autosaveFile, snapshot))
                    .onFailure(error -> status.error("Autosave failed: " + error.getMessage())));
        }
        autosaver.request();
    }

    /**
     * Writes the autosave file under the lock of its folder; when another Phasescope window holds that lock (it is
     * autosaving right now), this autosave is skipped, the next one comes soon.
     *
     * @return whether the file was written
     */
    static boolean writeAutosave(Path file, WorkspaceCodec.Snapshot snapshot) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        try (FolderLock lock = FolderLock.acquire(folder)) {
            WorkspaceArchive.write(file, snapshot.state(), snapshot.entries());
            return true;
        } catch (FolderLockedException e) {
            LOG.debug("autosave skipped: {}", e.getMessage());
            return false;
        }
    }

    /**
     * The window's title: the workspace file's name and its folder, or only the app's name before the first save
     * or open, so a user sees which file Ctrl+S writes.
     */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The workspace file of this session, or null before the first save or open. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last failed open's message, empty when none is pending. */
    public ReadOnlyStringProperty openErrorProperty() {
        return openError.getReadOnlyProperty();
    }

    /** The recent workspaces, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    /** Whether the session is empty: no library model and no sweep open (the lesson then offers the demo). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The autosave file. */
    public Path autosaveFile() {
        return autosaveFile;
    }

    /** Opens the bundled demo workspace ({@link #openDemo()}). */
    public Command openDemoCommand() {
        return openDemo;
    }

    /** Saves to the current file, or asks for one ({@link #save()}). */
    public Command saveCommand() {
        return save;
    }
}
