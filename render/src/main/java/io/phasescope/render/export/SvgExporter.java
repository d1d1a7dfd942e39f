package io.phasescope.render.export;

import io.phasescope.model.io.AtomicFiles;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders a chart to a standalone SVG document with JFreeSVG; text stays selectable text. */
public final class SvgExporter {

    private SvgExporter() {}

    /** The SVG document of {@code chart} laid out at {@code size.width() × size.height()}. */
    public static String render(JFreeChart chart, ExportSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        return g.getSVGDocument();
    }

    /** Writes {@code chart} as an SVG file. */
    public static void write(JFreeChart chart, Path file, ExportSize size) throws IOException {
        byte[] svg = render(chart, size).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(svg));
    }
}
