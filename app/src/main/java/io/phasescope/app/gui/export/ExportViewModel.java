package io.phasescope.app.gui.export;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.common.ValidatedField;
import io.phasescope.app.gui.task.BackgroundTask;
import io.phasescope.app.gui.task.TaskExecutor;
import io.phasescope.app.gui.training.InputParsers;
import io.phasescope.render.ChartSnapshot;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.ChartExporter;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.export.ExportSize;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;

/**
 * Exports a chart on screen: the chart is copied on the UI thread (so training may go on changing the
 * original) and written in the background; the outcome goes to the status bar.
 */
public final class ExportViewModel {

    /** The resolutions offered for PNG files. */
    public static final List<Integer> DPI_CHOICES = List.of(72, 150, 300, 600);

    private final TaskExecutor executor;
    private final StatusModel status;
    private final ValidatedField<Integer> width;
    private final ValidatedField<Integer> height;
    private final ObjectProperty<Integer> dpi = new SimpleObjectProperty<>(this, "dpi", ExportSize.PRINT_DPI);
    private final BooleanProperty printStyle = new SimpleBooleanProperty(this, "printStyle", true);

    public ExportViewModel(TaskExecutor executor, StatusModel status) {
        if (executor == null || status == null) {
            throw new IllegalArgumentException("executor and status must be given, were " + executor + ", " + status);
        }
        this.executor = executor;
        this.status = status;
        width = new ValidatedField<>("640", InputParsers.integer("Width", 50, 10_000), executor);
        height = new ValidatedField<>("420", InputParsers.integer("Height", 50, 10_000), executor);
    }

    /**
     * Writes {@code chart} to {@code file} in the format its extension names, in the background.
     * Problems are shown in the status bar.
     */
    public void export(NamedChart chart, Path file) {
        ExportFormat format;
        try {
            format = ExportFormat.of(file);
        } catch (IllegalArgumentException e) {
            status.error("Cannot export: " + e.getMessage());
            return;
        }
        if (!width.commit() || !height.commit()) {
            status.error("Cannot export: " + (width.validProperty().get() ? height : width).errorProperty().get());
            return;
        }
        ExportSize size = new ExportSize(width.getValue(), height.getValue(), dpi.get());
        JFreeChart copy = ChartSnapshot.of(chart.chart());
        if (printStyle.get()) {
            ChartStyler.apply(copy, ChartTheme.LIGHT);
        }
        status.info("Exporting " + chart.title() + " to " + file + " …");
        executor.execute(BackgroundTask.of("export", control -> {
            ChartExporter.export(copy, format, file, size);
            return file;
        }).onSuccess(written -> status.info("Exported " + chart.title() + " to " + written))
                .onFailure(error -> status.error("Export failed: " + error.getMessage())));
    }

    /** {@code file}, with {@code format}'s extension appended unless it already ends in a known one. */
    public static Path withExtension(Path file, ExportFormat format) {
        try {
            ExportFormat.of(file);
            return file;
        } catch (IllegalArgumentException e) {
            return file.resolveSibling(file.getFileName() + "." + format.extension());
        }
    }

    /** Layout width in points. */
    public ValidatedField<Integer> width() {
        return width;
    }

    /** Layout height in points. */
    public ValidatedField<Integer> height() {
        return height;
    }

    /** PNG resolution, one of {@link #DPI_CHOICES}. */
    public ObjectProperty<Integer> dpiProperty() {
        return dpi;
    }

    /** Whether to export in the light print style rather than the theme on screen. */
    public BooleanProperty printStyleProperty() {
        return printStyle;
    }
}
