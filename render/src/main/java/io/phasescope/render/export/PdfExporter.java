package io.phasescope.render.export;

import io.phasescope.model.io.AtomicFiles;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * Renders a chart to a one-page vector PDF with JFreePDF, the page {@code size.width() × size.height()} points.
 * Text is drawn as glyph outlines, so every character (λ, θ, ‖, subscripts) looks as on screen.
 */
public final class PdfExporter {

    private PdfExporter() {}

    /** The PDF bytes of {@code chart}. */
    public static byte[] render(JFreeChart chart, ExportSize size) {
        PDFDocument document = new PDFDocument();
        document.setTitle(
                chart.getTitle() == null ? "Phasescope chart" : chart.getTitle().getText());
        document.setAuthor("Phasescope");
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, size.width(), size.height());
        Page page = document.createPage(bounds);
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g, bounds);
        return document.getPDFBytes();
    }

    /** Writes {@code chart} as a PDF file, atomically. */
    public static void write(JFreeChart chart, Path file, ExportSize size) throws IOException {
        byte[] pdf = render(chart, size);
        AtomicFiles.write(file, out -> out.write(pdf));
    }
}
