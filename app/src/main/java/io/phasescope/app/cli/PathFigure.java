package io.phasescope.app.cli;

import io.phasescope.model.curvature.PathSpectraCsv;
import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathFiles;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.ChartExporter;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.landscape.PathCharts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The figure of path folders ({@code path}'s or a study's): each profile named by its path.json kind (else its folder
 * name), E and error along t, with λ_min(∇²E) along t where a folder has a path-spectra.csv; and a folder's own
 * path.png.
 */
final class PathFigure {

    /** path.png's size: 7 × 5.5 in at 300 dpi. */
    private static final ExportSize PNG_SIZE = new ExportSize(504, 396, ExportSize.PRINT_DPI);

    private PathFigure() {}

    /** The profiles of {@code folders} overlaid. */
    static JFreeChart chart(List<Path> folders) throws IOException {
        List<PathProfile> profiles = new ArrayList<>();
        List<List<PathSpectrum>> spectra = new ArrayList<>();
        for (Path folder : folders) {
            Path json = folder.resolve(PathFiles.SUMMARY);
            String name = Files.exists(json)
                    ? Json.MAPPER
                            .readTree(json.toFile())
                            .path(PathFiles.KIND)
                            .asText(String.valueOf(folder.getFileName()))
                    : String.valueOf(folder.getFileName());
            profiles.add(PathCsv.read(folder.resolve(PathFiles.CSV), name));
            Path file = folder.resolve(PathSpectraCsv.FILE);
            spectra.add(Files.exists(file) ? PathSpectraCsv.read(file) : List.of());
        }
        return PathCharts.profiles(profiles, spectra, Double.NaN, ChartTheme.LIGHT);
    }

    /** Draws {@code folder}'s path.png; returns it. */
    static Path png(Path folder) throws IOException {
        Path file = folder.resolve(PathFiles.FIGURE);
        ChartExporter.export(chart(List.of(folder)), ExportFormat.PNG, file, PNG_SIZE);
        return file;
    }
}
