package io.phasescope.app.phase;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.StatusLine;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.SweepFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Follows a sweep folder that another Phasescope process is writing (it holds the folder's lock): every
 * {@link #INTERVAL} it reads the folder again, read-only, and shows what arrived, until the writer lets go or
 * another folder is shown.
 */
public final class WriterFollower {

    /** How often a followed folder is read again. */
    static final Duration INTERVAL = Duration.ofSeconds(2);

    private final TaskExecutor executor;
    private final StatusLine status;
    private final Consumer<SweepEvent.Opened> show;
    private final Coalescer ticker;
    private Path followed;
    private int shownPoints;
    private boolean refreshing;

    /** @param show shows a fresh read of the followed folder (on the UI thread) */
    public WriterFollower(TaskExecutor executor, StatusLine status, Consumer<SweepEvent.Opened> show) {
        this.executor = executor;
        this.status = status;
        this.show = show;
        this.ticker = executor.debounce(INTERVAL, this::refresh);
    }

    /** Follows {@code root} when another process is writing it, with {@code points} shown now; else stops following. */
    public void follow(Path root, int points) {
        followed = FolderLock.isLocked(root) ? root : null;
        shownPoints = points;
        if (followed != null) {
            ticker.request();
        }
    }

    /** Stops following (another folder is shown, or a sweep runs here). */
    public void stop() {
        followed = null;
        ticker.cancel();
    }

    /** Whether a folder is being followed. */
    public boolean isFollowing() {
        return followed != null;
    }

    private void refresh() {
        Path root = followed;
        if (root == null || refreshing) {
            return; // refreshing: an executor that runs everything at once asked again from within
        }
        refreshing = true;
        try {
            read(root);
        } finally {
            refreshing = false;
        }
    }

    private void read(Path root) {
        executor.execute(BackgroundTask.of("follow sweep", control -> {
                    SweepFolder folder = SweepFolder.open(root);
                    return new SweepEvent.Opened(folder, folder.points(), ModelInspector.readProbes(folder));
                })
                .onSuccess(opened -> {
                    if (!root.equals(followed)) {
                        return;
                    }
                    if (opened.points().size() != shownPoints) {
                        shownPoints = opened.points().size();
                        show.accept(opened);
                    }
                    if (FolderLock.isLocked(root)) {
                        ticker.request();
                    } else {
                        followed = null;
                        status.info("The sweep in " + root + " is no longer being written: " + shownPoints
                                + " points; Resume sweep goes on from here");
                    }
                })
                .onFailure(error -> {
                    followed = null;
                    status.error("Stopped following " + root + ": " + error.getMessage());
                }));
    }
}
