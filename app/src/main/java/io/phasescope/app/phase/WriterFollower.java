package io.phasescope.app.phase;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.StatusLine;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.SweepFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follows the sweep folders shown that other Phasescope processes are writing (each holds its folder's lock): a sweep
 * opened while another process runs it, or the sweeps of a running study overlaid on the Phase diagram. Every
 * {@link #INTERVAL}, on a background thread, it checks each folder's lock and the size of its points file, reads
 * read-only the folders that grew and hands them to the UI thread in one batch; it says in the status line which
 * folders it found being written, and stops following a folder when its writer lets go (after reading its last rows),
 * and all of them when {@link #stop} is called. The UI thread only keeps the list: it never touches the files.
 */
public final class WriterFollower {

    /** How often the followed folders are checked again. */
    static final Duration INTERVAL = Duration.ofSeconds(2);

    /**
     * What the UI thread knows of a followed folder.
     *
     * @param size the points file's size at the last read, -1 before the first check
     * @param shown the points shown
     * @param written whether a check has seen its writer (the folder is being followed, not only asked about)
     */
    private record Followed(long size, int shown, boolean written) {}

    /** What a background check found: the lock, the points file's size and the folder read again when it grew. */
    private record Seen(Path root, boolean locked, long size, SweepEvent.Opened opened) {}

    private final TaskExecutor executor;
    private final StatusLine status;
    private final Consumer<List<SweepEvent.Opened>> show;
    private final Coalescer ticker;
    private final Map<Path, Followed> followed = new LinkedHashMap<>();
    /** Counts the calls of {@link #follow} and {@link #stop}: a check started before one is stale. */
    private int generation;

    private boolean checking;

    /** @param show shows fresh reads of followed folders that grew, in one batch (on the UI thread) */
    public WriterFollower(TaskExecutor executor, StatusLine status, Consumer<List<SweepEvent.Opened>> show) {
        this.executor = executor;
        this.status = status;
        this.show = show;
        this.ticker = executor.debounce(INTERVAL, this::check);
    }

    /**
     * Follows those of the folders {@code shown} (with the points shown of each) that another process is writing, and
     * stops following any other; a check at once, off the UI thread, finds which ones are being written. A folder
     * already followed with as many points shown keeps what is known of it.
     */
    public void follow(List<SweepEvent.Opened> shown) {
        Map<Path, Followed> before = Map.copyOf(followed);
        stop();
        for (SweepEvent.Opened opened : shown) {
            Followed known = before.get(opened.folder().root());
            int points = opened.points().size();
            followed.put(
                    opened.folder().root(),
                    known != null && known.shown() == points ? known : new Followed(-1, points, false));
        }
        check();
    }

    /** Stops following (another folder is shown, or a sweep runs here). */
    public void stop() {
        generation++;
        followed.clear();
        ticker.cancel();
    }

    /** Whether a folder shown is being written by another process and followed. */
    public boolean isFollowing() {
        return followed.values().stream().anyMatch(Followed::written);
    }

    /** Whether {@code root} is followed, or about to be checked. */
    public boolean isFollowing(Path root) {
        return followed.containsKey(root);
    }

    private void check() {
        if (followed.isEmpty() || checking) {
            return; // checking: an executor that runs everything at once asked again from within
        }
        checking = true;
        try {
            int started = generation;
            Map<Path, Followed> asked = Map.copyOf(followed);
            executor.execute(BackgroundTask.of("follow sweeps", control -> see(asked))
                    .onSuccess(seen -> {
                        if (started == generation) {
                            showSeen(seen);
                        }
                    })
                    .onFailure(error -> {
                        if (started == generation) {
                            stop();
                            status.error("Stopped following the sweeps shown: " + error.getMessage());
                        }
                    }));
        } finally {
            checking = false;
        }
    }

    /** On a background thread: each folder's lock, then its points file, read again when it changed. */
    private static List<Seen> see(Map<Path, Followed> asked) throws IOException {
        List<Seen> seen = new ArrayList<>();
        for (Map.Entry<Path, Followed> e : asked.entrySet()) {
            Path root = e.getKey();
            boolean locked = FolderLock.isLocked(root);
            if (!locked && !e.getValue().written()) {
                seen.add(new Seen(root, false, -1, null)); // finished, as shown: nothing to follow
                continue;
            }
            Path points = root.resolve(SweepFolder.POINTS);
            long size = Files.exists(points) ? Files.size(points) : 0;
            SweepEvent.Opened opened = null;
            if (size != e.getValue().size()) {
                SweepFolder folder = SweepFolder.open(root);
                opened = new SweepEvent.Opened(folder, folder.points(), List.of());
            }
            seen.add(new Seen(root, locked, size, opened));
        }
        return seen;
    }

    /** On the UI thread: shows the folders that grew, drops those whose writer let go, checks again later. */
    private void showSeen(List<Seen> seen) {
        List<SweepEvent.Opened> grown = new ArrayList<>();
        List<Path> found = new ArrayList<>();
        for (Seen s : seen) {
            Followed before = followed.get(s.root());
            int shown = before.shown();
            if (s.opened() != null && s.opened().points().size() != shown) {
                grown.add(s.opened());
                shown = s.opened().points().size();
            }
            if (s.locked()) {
                if (!before.written()) {
                    found.add(s.root());
                }
                followed.put(s.root(), new Followed(s.size(), shown, true));
            } else {
                followed.remove(s.root());
                if (before.written()) {
                    status.info("The sweep in " + s.root() + " is no longer being written: " + shown + " points");
                }
            }
        }
        if (!grown.isEmpty()) {
            show.accept(grown);
        }
        if (found.size() == 1) {
            status.info("The sweep in " + found.get(0) + " is being written by another Phasescope process: shown"
                    + " read-only and followed as its points arrive");
        } else if (found.size() > 1) {
            status.info(found.size() + " of the sweeps shown are being written by other Phasescope processes:"
                    + " followed as their points arrive");
        }
        if (!followed.isEmpty()) {
            ticker.request();
        }
    }
}
