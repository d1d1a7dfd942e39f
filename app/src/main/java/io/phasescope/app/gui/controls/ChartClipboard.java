package io.phasescope.app.gui.controls;

import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Copying a chart on screen: a context menu on the chart with "Copy image" (the chart drawn at twice its
 * on-screen size, 144 dpi) and "Copy data as CSV" (exactly the data drawn, as the CSV export writes it).
 */
public final class ChartClipboard {

    /** Scale of the copied image over the on-screen size. */
    static final int SCALE = 2;

    private ChartClipboard() {}

    /** Installs the context menu on {@code viewer}; it copies whatever chart the viewer shows when used. */
    public static void install(ChartViewer viewer) {
        MenuItem image = new MenuItem("Copy image");
        image.setOnAction(e -> copyImage(viewer.getChart(), viewer.getWidth(), viewer.getHeight()));
        MenuItem data = new MenuItem("Copy data as CSV");
        data.setOnAction(e -> copyText(CsvExporter.toCsv(viewer.getChart())));
        ContextMenu menu = new ContextMenu(image, data);
        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menu.show(viewer, e.getScreenX(), e.getScreenY());
                e.consume();
            } else {
                menu.hide();
            }
        });
    }

    /** Puts {@code chart}, laid out at {@code width × height} points, on the clipboard as an image. */
    static void copyImage(JFreeChart chart, double width, double height) {
        ExportSize size = new ExportSize(points(width), points(height), SCALE * ExportSize.SCREEN_DPI);
        BufferedImage rendered = PngExporter.render(chart, size);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(rendered, null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static int points(double length) {
        return (int) Math.max(ExportSize.MIN_POINTS, Math.min(ExportSize.MAX_POINTS, Math.round(length)));
    }

    private static void copyText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
