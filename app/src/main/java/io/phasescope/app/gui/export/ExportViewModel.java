package io.phasescope.app.gui.export;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.export.SizeUnit;
import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.render.ChartSnapshot;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.ChartExporter;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import io.phasescope.render.figure.FigureStyle;
import io.phasescope.render.figure.FigureStyler;
import io.phasescope.render.figure.LegendPlacement;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jfree.chart.JFreeChart;

/**
 * Exports a chart on screen as a figure: its size in pt, cm or inches, fonts, line widths, title, axis labels,
 * legend and paper style. The chart is copied and styled on the UI thread (so training may go on changing the
 * original) and written in the background; a preview drawn the same way shows what will be written; the
 * outcome goes to the status bar.
 */
public final class ExportViewModel {

    /** The resolutions offered for PNG files. */
    public static final List<Integer> DPI_CHOICES = List.of(72, 150, 300, 600);
    /** The font and line-width factors offered. */
    public static final List<Double> SCALES = List.of(0.75, 1.0, 1.25, 1.5, 2.0, 3.0);
    /** The preview's width, pixels. */
    static final int PREVIEW_WIDTH = 520;
    /** How long the settings must be still before the preview is redrawn. */
    static final Duration PREVIEW_DELAY = Duration.ofMillis(150);

    private final TaskExecutor executor;
    private final StatusModel status;
    private final ValidatedField<Double> width;
    private final ValidatedField<Double> height;
    private final ObjectProperty<SizeUnit> unit = new SimpleObjectProperty<>(this, "unit", SizeUnit.POINTS);
    private final BooleanProperty serif = new SimpleBooleanProperty(this, "serif");
    private final ObjectProperty<Double> fontScale = new SimpleObjectProperty<>(this, "fontScale", 1.0);
    private final ObjectProperty<Double> lineScale = new SimpleObjectProperty<>(this, "lineScale", 1.0);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private final ObjectProperty<LegendPlacement> legend =
            new SimpleObjectProperty<>(this, "legend", LegendPlacement.BOTTOM);
    private final ObjectProperty<ChartTheme> screenTheme =
            new SimpleObjectProperty<>(this, "screenTheme", ChartTheme.LIGHT);
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper fileError = new ReadOnlyStringWrapper(this, "fileError", "");
    private final Coalescer previewer;
    private NamedChart previewed;
    private final ObjectProperty<Integer> dpi = new SimpleObjectProperty<>(this, "dpi", ExportSize.PRINT_DPI);
    private final BooleanProperty printStyle = new SimpleBooleanProperty(this, "printStyle", true);

    public ExportViewModel(TaskExecutor executor, StatusModel status) {
        if (executor == null || status == null) {
            throw new IllegalArgumentException("executor and status must be given, were " + executor + ", " + status);
        }
        this.executor = executor;
        this.status = status;
        width = new ValidatedField<>("640", InputParsers.positive("Width", 10_000), executor);
        height = new ValidatedField<>("420", InputParsers.positive("Height", 10_000), executor);
        previewer = executor.debounce(PREVIEW_DELAY, this::renderPreview);
        unit.addListener((obs, old, now) -> convert(old, now));
        for (Observable setting : new Observable[] {
            width.valueProperty(),
            height.valueProperty(),
            unit,
            serif,
            fontScale,
            lineScale,
            title,
            xLabel,
            yLabel,
            legend,
            printStyle
        }) {
            setting.addListener(o -> previewer.request());
        }
    }

    /**
     * Writes {@code chart} to the file named by {@code text}, as typed in the dialog (a path, relative to the working
     * folder or absolute); a blank or malformed name is reported in the status bar and writes nothing.
     *
     * @return the file the export goes to, or empty when the name was refused
     */
    public Optional<Path> exportTo(NamedChart chart, String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            status.error("Cannot export: " + problem.get());
            return Optional.empty();
        }
        Path file = Path.of(text.trim()).toAbsolutePath();
        export(chart, file);
        return Optional.of(file);
    }

    /**
     * What keeps the dialog's settings from being exported to {@code text}, if anything: a missing or invalid file
     * name, an extension that names no format, a folder that is not one, or an invalid width or height. Sets
     * {@link #fileErrorProperty()} for the file's problems, so the dialog can stay open and mark the field.
     */
    public Optional<String> problem(String text) {
        String fileProblem = fileProblem(text);
        fileError.set(fileProblem == null ? "" : fileProblem);
        if (fileProblem != null) {
            return Optional.of(fileProblem);
        }
        if (!width.commit() || !height.commit()) {
            return Optional.of((width.validProperty().get() ? height : width)
                    .errorProperty()
                    .get());
        }
        try {
            size(dpi.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private static String fileProblem(String text) {
        if (text == null || text.isBlank()) {
            return "name the file to write (.png, .svg, .pdf or .csv)";
        }
        Path file;
        try {
            file = Path.of(text.trim()).toAbsolutePath();
        } catch (InvalidPathException e) {
            return "'" + text + "' is not a file name: " + e.getReason();
        }
        if (Files.isDirectory(file)) {
            return file + " is a folder; name a file in it";
        }
        try {
            ExportFormat.of(file);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Path parent = file.getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p + " is a file, not a folder";
            }
        }
        return null;
    }

    /** Why the file named in the dialog cannot be written, or empty. */
    public ReadOnlyStringProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    /**
     * Where the dialog proposes to write: the folder last chosen, else the user's Documents folder, else the home
     * folder (never the working directory the app was started from).
     */
    public static Path defaultFolder(Path lastFolder) {
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            return lastFolder;
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
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
            status.error("Cannot export: "
                    + (width.validProperty().get() ? height : width)
                            .errorProperty()
                            .get());
            return;
        }
        ExportSize size;
        try {
            size = size(dpi.get());
        } catch (IllegalArgumentException e) {
            status.error("Cannot export: " + e.getMessage());
            return;
        }
        JFreeChart copy = styled(chart);
        status.info("Exporting " + chart.title() + " to " + file + " …");
        executor.execute(BackgroundTask.of("export", control -> {
                    ChartExporter.export(copy, format, file, size);
                    return file;
                })
                .onSuccess(written -> status.info("Exported " + chart.title() + " to " + written))
                .onFailure(error -> status.error("Export failed: " + error.getMessage())));
    }

    /** Shows {@code chart} in the preview, styled and sized as it would be written (rendered in the background). */
    public void preview(NamedChart chart) {
        previewed = chart;
        previewer.request();
    }

    /** Draws the preview from the last valid width and height (committing here would re-trigger the preview). */
    private void renderPreview() {
        if (previewed == null) {
            return;
        }
        ExportSize size;
        try {
            size = size(ExportSize.SCREEN_DPI);
        } catch (IllegalArgumentException e) {
            return;
        }
        JFreeChart copy = styled(previewed);
        int dpi = (int) Math.max(
                36, Math.min(ExportSize.SCREEN_DPI, ExportSize.SCREEN_DPI * PREVIEW_WIDTH / (double) size.width()));
        ExportSize small = new ExportSize(size.width(), size.height(), dpi);
        executor.execute(BackgroundTask.of("export preview", control -> PngExporter.render(copy, small))
                .onSuccess(preview::set));
    }

    /** The figure's look from the dialog's settings; blank texts keep the chart's own. */
    public FigureStyle figureStyle() {
        return new FigureStyle(
                serif.get(),
                fontScale.get(),
                lineScale.get(),
                keepIfBlank(title.get()),
                keepIfBlank(xLabel.get()),
                keepIfBlank(yLabel.get()),
                legend.get(),
                printStyle.get());
    }

    private static String keepIfBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A copy of {@code chart} in the figure's style. UI thread (the copy is then free to draw anywhere). */
    private JFreeChart styled(NamedChart chart) {
        return FigureStyler.apply(ChartSnapshot.of(chart.chart()), figureStyle(), screenTheme.get());
    }

    /** The size in points from the width and height in the chosen unit. */
    private ExportSize size(int resolution) {
        return new ExportSize(
                (int) Math.round(unit.get().toPoints(width.getValue())),
                (int) Math.round(unit.get().toPoints(height.getValue())),
                resolution);
    }

    /** Rewrites the width and height texts in the new unit. */
    private void convert(SizeUnit from, SizeUnit to) {
        for (ValidatedField<Double> field : List.of(width, height)) {
            if (field.commit()) {
                double converted = to.fromPoints(from.toPoints(field.getValue()));
                field.setText(
                        to == SizeUnit.POINTS
                                ? Long.toString(Math.round(converted))
                                : String.format(Locale.ROOT, "%.2f", converted));
                field.commit();
            }
        }
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

    /** Layout width in {@link #unitProperty()}. */
    public ValidatedField<Double> width() {
        return width;
    }

    /** Layout height in {@link #unitProperty()}. */
    public ValidatedField<Double> height() {
        return height;
    }

    /** The unit of width and height; changing it converts them. */
    public ObjectProperty<SizeUnit> unitProperty() {
        return unit;
    }

    public BooleanProperty serifProperty() {
        return serif;
    }

    /** Factor on font sizes, one of {@link #SCALES}. */
    public ObjectProperty<Double> fontScaleProperty() {
        return fontScale;
    }

    /** Factor on line widths, one of {@link #SCALES}. */
    public ObjectProperty<Double> lineScaleProperty() {
        return lineScale;
    }

    /** The figure's title; blank keeps the chart's. */
    public StringProperty titleProperty() {
        return title;
    }

    /** The horizontal axis label; blank keeps the chart's. */
    public StringProperty xLabelProperty() {
        return xLabel;
    }

    /** The vertical axis label; blank keeps the chart's. */
    public StringProperty yLabelProperty() {
        return yLabel;
    }

    public ObjectProperty<LegendPlacement> legendProperty() {
        return legend;
    }

    /** The look on screen, used when the paper style is off. */
    public ObjectProperty<ChartTheme> screenThemeProperty() {
        return screenTheme;
    }

    /** The preview of the chart last passed to {@link #preview}, as it will be written. */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
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
