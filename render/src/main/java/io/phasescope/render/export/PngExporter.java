package io.phasescope.render.export;

import io.phasescope.model.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/** Renders a chart to a PNG image whose resolution (pHYs) is recorded in the file. */
public final class PngExporter {

    private static final double INCHES_PER_METRE = 0.0254;
    /** The PNG plugin's native metadata tree (its standard tree mis-scales the pixel size, JDK-5106305). */
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private PngExporter() {}

    /** Renders {@code chart} into an image of {@link ExportSize#pixelWidth()} × {@link ExportSize#pixelHeight()}. */
    public static BufferedImage render(JFreeChart chart, ExportSize size) {
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size.scale(), size.scale());
            // the whole image in points, so that rounding the pixel size leaves no unpainted edge
            chart.draw(
                    g, new Rectangle2D.Double(0, 0, image.getWidth() / size.scale(), image.getHeight() / size.scale()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code chart} as a PNG of the given size and resolution to {@code file}. */
    public static void write(JFreeChart chart, Path file, ExportSize size) throws IOException {
        BufferedImage image = render(chart, size);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setResolution(metadata, size.dpi());
            AtomicFiles.write(file, out -> {
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, metadata), param);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static void setResolution(IIOMetadata metadata, int dpi) throws IOException {
        String pixelsPerMetre = Long.toString(Math.round(dpi / INCHES_PER_METRE));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(phys);
        try {
            metadata.mergeTree(PNG_METADATA, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot record " + dpi + " dpi in the PNG metadata", e);
        }
    }
}
