package io.phasescope.render.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exports a chart in the format its file name asks for. */
public final class ChartExporter {

    private static final Logger LOG = LoggerFactory.getLogger(ChartExporter.class);

    private ChartExporter() {}

    /**
     * Writes {@code chart} to {@code file} in {@code format}; {@code size} applies to PNG, SVG and PDF.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void export(JFreeChart chart, ExportFormat format, Path file, ExportSize size) {
        if (chart == null || format == null || file == null || size == null) {
            throw new IllegalArgumentException("chart, format, file and size must be given, were " + chart + ", "
                    + format + ", " + file + ", " + size);
        }
        try {
            switch (format) {
                case PNG -> PngExporter.write(chart, file, size);
                case SVG -> SvgExporter.write(chart, file, size);
                case PDF -> PdfExporter.write(chart, file, size);
                case CSV -> CsvExporter.write(chart, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write " + format.description() + ": " + e.getMessage(), e);
        }
        LOG.info(
                "Exported chart '{}' as {} to {}",
                chart.getTitle() == null ? "" : chart.getTitle().getText(),
                format,
                file);
    }
}
