package io.phasescope.app.gui.main;

import io.phasescope.app.config.AboutInfo;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.TaskExecutor;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Help → About: what Phasescope is, and the installation's details ({@link AboutInfo}: version, Java, JavaFX, BLAS,
 * data and log folders, the lines of {@code phasescope --version}), read in the background since the first read
 * loads the native BLAS.
 */
public final class AboutViewModel {

    /** Shown while the details are read. */
    static final String READING = "Reading the installation's details …";

    private final Path dataFolder;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", READING);

    /**
     * @param dataFolder the {@code --data} folder, or {@code null} for the verified MNIST cache
     * @param executor runs the read off the UI thread
     */
    public AboutViewModel(Path dataFolder, TaskExecutor executor) {
        if (executor == null) {
            throw new IllegalArgumentException("executor must be given");
        }
        this.dataFolder = dataFolder;
        this.executor = executor;
    }

    /** What Phasescope is, citing the paper it reproduces. */
    public String description() {
        return MainViewModel.ABOUT;
    }

    /** Reads the details again; {@link #detailsProperty()} shows {@link #READING} until they arrive. */
    public void refresh() {
        details.set(READING);
        executor.execute(BackgroundTask.of("read the About details", control -> AboutInfo.current(dataFolder))
                .onSuccess(info -> details.set(String.join("\n", info.lines())))
                .onFailure(error -> details.set("Cannot read the installation's details: " + error)));
    }

    /** The details, one per line, as {@code phasescope --version} prints them. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
