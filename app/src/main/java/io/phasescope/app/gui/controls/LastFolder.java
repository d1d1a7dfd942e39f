package io.phasescope.app.gui.controls;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The folder the user last chose a file or folder in, shared by every file and folder chooser of the app so
 * that each opens where the last one left off; kept between runs by the user preferences.
 */
public final class LastFolder {

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");

    /** The last folder, or null before the first choice; settable (the preferences restore it). */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** Starts {@code chooser} in the last folder, or in {@code fallback} when there is none (either may be null). */
    public DirectoryChooser start(DirectoryChooser chooser, Path fallback) {
        initial(fallback).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** Starts {@code chooser} in the last folder, or in {@code fallback} when there is none (either may be null). */
    public FileChooser start(FileChooser chooser, Path fallback) {
        initial(fallback).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /**
     * Asks for a folder in a chooser titled {@code title}, started like {@link #start(DirectoryChooser, Path)}, and
     * remembers the answer.
     *
     * @return the folder chosen, or empty when the user cancelled
     */
    public Optional<Path> chooseFolder(Window owner, String title, Path fallback) {
        DirectoryChooser chooser = start(new DirectoryChooser(), fallback);
        chooser.setTitle(title);
        return Optional.ofNullable(remember(chooser.showDialog(owner))).map(File::toPath);
    }

    /** Remembers where {@code chosen} (a folder, or a file in one) is; null, the user's cancel, is ignored. */
    public File remember(File chosen) {
        if (chosen != null) {
            Path path = chosen.toPath().toAbsolutePath();
            folder.set(Files.isDirectory(path) || path.getParent() == null ? path : path.getParent());
        }
        return chosen;
    }

    private Optional<File> initial(Path fallback) {
        for (Path candidate : new Path[] {folder.get(), fallback}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate.toFile());
            }
        }
        return Optional.empty();
    }
}
