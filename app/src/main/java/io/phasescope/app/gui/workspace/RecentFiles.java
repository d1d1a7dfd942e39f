package io.phasescope.app.gui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspaces opened or saved last, newest first, at most {@value #SIZE}, kept in the user's preferences
 * (a {@link Preferences} node) so that they survive restarts. UI thread only.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int SIZE = 8;

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** @param node where the list is kept, e.g. {@code Preferences.userRoot().node("io/phasescope/recent")} */
    public RecentFiles(Preferences node) {
        if (node == null) {
            throw new IllegalArgumentException("node must be given");
        }
        this.node = node;
        for (int i = 0; i < SIZE; i++) {
            String file = node.get(key(i), null);
            if (file != null && !file.isBlank()) {
                files.add(Path.of(file));
            }
        }
    }

    /** The files, newest first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first (removing an older entry for it) and stores the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        files.setAll(updated.subList(0, Math.min(SIZE, updated.size())));
        for (int i = 0; i < SIZE; i++) {
            if (i < files.size()) {
                node.put(key(i), files.get(i).toString());
            } else {
                node.remove(key(i));
            }
        }
    }

    private static String key(int i) {
        return "file" + i;
    }
}
