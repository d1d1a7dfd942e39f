package io.phasescope.app.cli;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.landscape.SliceCharts;
import io.phasescope.render.landscape.SliceLabels;
import io.phasescope.render.landscape.SliceOverlay;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * {@code slice.json}, beside {@code slice.csv}: what the slice shows (title, quantity with its unit, the
 * meaning of a and b) and the models marked on it, so that {@code figure --kind slice} redraws it.
 *
 * @param title chart title
 * @param value the quantity and its unit
 * @param a meaning of a
 * @param b meaning of b (blank for 1D)
 * @param markers models at their (a, b)
 */
record SliceFigure(String title, String value, String a, String b, List<SliceOverlay.Marker> markers) {

    static final String FILE = "slice.json";

    void write(Path folder) throws IOException {
        byte[] json = Json.MAPPER.writeValueAsBytes(this);
        AtomicFiles.write(folder.resolve(FILE), out -> out.write(json));
    }

    static SliceFigure read(Path folder) throws IOException {
        return Json.MAPPER.readValue(folder.resolve(FILE).toFile(), SliceFigure.class);
    }

    /** The heat map (2D) or curve (1D) of {@code grid} with the markers. */
    JFreeChart chart(SliceGrid grid, boolean logarithmic, ChartTheme theme) {
        SliceLabels labels = new SliceLabels(title, value, a, b.isBlank() ? " " : b);
        SliceOverlay overlay = new SliceOverlay(markers, List.of());
        return grid.b().length == 1
                ? SliceCharts.curve(grid, labels, overlay, logarithmic, theme)
                : SliceCharts.heatmap(grid, labels, overlay, logarithmic, theme);
    }
}
