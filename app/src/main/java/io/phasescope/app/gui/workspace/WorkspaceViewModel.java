package io.phasescope.app.gui.workspace;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.landscape.LandscapeSnapshot;
import io.phasescope.app.gui.landscape.LandscapeViewModel;
import io.phasescope.app.gui.library.LibraryModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.task.BackgroundTask;
import io.phasescope.app.gui.task.Coalescer;
import io.phasescope.app.gui.task.TaskExecutor;
import io.phasescope.render.phase.LambdaUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Save, Save As, Open and Open Recent of workspaces, and autosave. Saving captures the session on the UI thread
 * and writes in the background (atomically). Opening reads, checks and rebuilds everything in the background
 * and only then replaces the session, so a damaged file changes nothing: its message goes to the status bar and
 * to {@link #openErrorProperty()}, which the view shows as a dialog. Autosave writes {@code autosaveFile} every
 * {@link #AUTOSAVE_INTERVAL} and when the app closes.
 */
public final class WorkspaceViewModel {

    /** Time between autosaves. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(3);
    /** The software named in saved manifests. */
    static final String SOFTWARE = "phasescope 0.1.0";

    private final ModelLibrary library;
    private final PhaseViewModel phase;
    private final LandscapeViewModel landscape;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final RecentFiles recent;
    private final Path autosaveFile;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper openError = new ReadOnlyStringWrapper(this, "openError", "");
    private final Coalescer autosaver;
    private final Command save;

    /**
     * @param autosaveFile where autosave writes, e.g. {@code ~/.phasescope/autosave.phasescope}
     */
    public WorkspaceViewModel(ModelLibrary library, PhaseViewModel phase, LandscapeViewModel landscape,
            RecentFiles recent, Path autosaveFile, TaskExecutor executor, StatusModel status) {
        if (library == null || phase == null || landscape == null || recent == null || autosaveFile == null
                || executor == null || status == null) {
            throw new IllegalArgumentException("every collaborator of the workspace view model must be given");
        }
        this.library = library;
        this.phase = phase;
        this.landscape = landscape;
        this.recent = recent;
        this.autosaveFile = autosaveFile;
        this.executor = executor;
        this.status = status;
        this.autosaver = executor.debounce(AUTOSAVE_INTERVAL, this::autosaveAndReschedule);
        this.save = new Command("Save workspace", file.isNotNull(), () -> saveAs(file.get()));
    }

    /** Starts the periodic autosave. */
    public void startAutosave() {
        autosaver.request();
    }

    /** Saves the session to {@code target} (made to end in .phasescope) in the background. */
    public void saveAs(Path target) {
        Path named = target.getFileName().toString().endsWith(WorkspaceArchive.EXTENSION) ? target
                : target.resolveSibling(target.getFileName() + WorkspaceArchive.EXTENSION);
        WorkspaceCodec.Snapshot snapshot = capture();
        status.info("Saving the workspace to " + named + " …");
        executor.execute(BackgroundTask.of("save workspace", control -> {
            WorkspaceArchive.write(named, snapshot.state(), snapshot.entries());
            return named;
        }).onSuccess(written -> {
            file.set(written);
            recent.add(written);
            status.info("Saved the workspace (" + snapshot.state().models().size() + " models) to " + written);
        }).onFailure(error -> status.error(error.getMessage())));
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

    /** Opens {@code source} in the background; the session is replaced only if all of it reads. */
    public void open(Path source) {
        status.info("Opening the workspace " + source + " …");
        executor.execute(BackgroundTask.of("open workspace", control -> {
            WorkspaceArchive.Contents contents = WorkspaceArchive.read(source);
            Map<String, LibraryModel> models = WorkspaceCodec.models(contents);
            LandscapeSnapshot.Prepared prepared = contents.state().landscape() == null ? null
                    : LandscapeSnapshot.prepare(contents.state().landscape(), contents.entries(), models);
            return new Opened(contents.state(), models, prepared);
        }).onSuccess(opened -> {
            apply(opened);
            file.set(source);
            recent.add(source);
            status.info("Opened the workspace " + source + ": " + opened.models().size() + " models");
        }).onFailure(error -> {
            String message = "Cannot open " + source + ": " + error.getMessage();
            status.error(message);
            openError.set(message);
        }));
    }

    /** Clears the last open error (after the view showed it). */
    public void acknowledgeError() {
        openError.set("");
    }

    private record Opened(WorkspaceState state, Map<String, LibraryModel> models,
            LandscapeSnapshot.Prepared landscape) {
    }

    private void apply(Opened opened) {
        library.replaceAll(new ArrayList<>(opened.models().values()));
        WorkspaceState.Phase p = opened.state().phase();
        if (p != null) {
            phase.unitProperty().set(LambdaUnit.valueOf(p.unit()));
            if (p.sweepFolder() != null && Files.isDirectory(Path.of(p.sweepFolder()))) {
                phase.openFolder(Path.of(p.sweepFolder()), p.slider());
            } else if (p.sweepFolder() != null) {
                status.error("The workspace's sweep folder " + p.sweepFolder() + " is gone; the rest is open");
            }
        }
        if (opened.landscape() != null) {
            LandscapeSnapshot.apply(landscape, opened.landscape(), opened.models());
        }
    }

    private WorkspaceCodec.Snapshot capture() {
        return WorkspaceCodec.capture(library.models(), phase, LandscapeSnapshot.capture(landscape), SOFTWARE);
    }

    private boolean isEmpty() {
        return library.models().isEmpty() && phase.folderProperty().get() == null;
    }

    private void autosaveAndReschedule() {
        if (!isEmpty()) {
            WorkspaceCodec.Snapshot snapshot = capture();
            executor.execute(BackgroundTask.of("autosave", control -> {
                Files.createDirectories(autosaveFile.toAbsolutePath().getParent());
                WorkspaceArchive.write(autosaveFile, snapshot.state(), snapshot.entries());
                return autosaveFile;
            }).onFailure(error -> status.error("Autosave failed: " + error.getMessage())));
        }
        autosaver.request();
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

    /** The autosave file. */
    public Path autosaveFile() {
        return autosaveFile;
    }

    /** Saves to the current file (enabled after a first save or open). */
    public Command saveCommand() {
        return save;
    }
}
