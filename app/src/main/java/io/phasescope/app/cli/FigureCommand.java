package io.phasescope.app.cli;

import io.phasescope.app.study.StudyTables;
import io.phasescope.model.curvature.SweepSpectra;
import io.phasescope.model.landscape.SliceCsv;
import io.phasescope.model.study.StudyPathFolder;
import io.phasescope.model.study.StudyResults;
import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.curvature.SpectraAxis;
import io.phasescope.render.curvature.SpectraCharts;
import io.phasescope.render.curvature.SpectraDiagram;
import io.phasescope.render.export.ChartExporter;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.phase.LambdaUnit;
import io.phasescope.render.phase.PhaseCharts;
import io.phasescope.render.phase.PhaseDiagram;
import io.phasescope.render.phase.SeedSpreadMarks;
import io.phasescope.render.phase.StudyChart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope figure}: a publication figure of a saved sweep, slice or paths, headless (no window, no FX
 * thread).
 */
@Command(
        name = "figure",
        mixinStandardHelpOptions = true,
        description = {
            "Draw a figure of a sweep, slice, path or study folder as PNG, SVG, PDF or CSV.",
            "Sweep folders, slice folders (slice.csv) or path folders (path.csv) to PNG (300 dpi), SVG, PDF or CSV (the"
                    + " data drawn). Several path folders, or several sweep folders, are overlaid."
        })
final class FigureCommand implements Callable<Integer> {

    private static final double POINTS_PER_CM = 72 / 2.54;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "DIR",
            arity = "1..*",
            description = "One or more sweep folders (several are overlaid as seeds; --kind phase then marks each"
                    + " transition's λc as mean ± spread); for --kind slice a slice folder; for --kind path one or more"
                    + " path folders; for --kind study a study folder.")
    List<Path> folders;

    @Option(
            names = "--kind",
            defaultValue = "phase",
            description = {
                "Sweeps: phase (vs λ), norm (vs ‖θ‖), hysteresis, per-class, heatmap or spectrum (its"
                        + " spectra.csv); slice (written by slice); path (E and error along t, written by path or a study's paths/NAME)."
                        + " phase and norm mark the saddles of L_λ when the sweep has a spectra.csv; path draws λ_min(∇²E)"
                        + " along t when a folder has a path-spectra.csv (written by spectrum --path)."
                        + " Study folders (written by study): study (λc against the varied fields with error bars"
                        + " across seeds, and the classes each variant loses at each level); also draws each"
                        + " finished path of the study into its folder as paths/NAME/path.png, as path does."
                        + " Default: ${DEFAULT-VALUE}."
            })
    String kind;

    @Option(names = "--log", description = "Slices: a logarithmic colour scale (or value axis in 1D).")
    boolean log;

    @Option(names = "--format", description = "png, svg, pdf or csv (default: from the file name).")
    String format;

    @Option(
            names = "--units",
            defaultValue = "lambda",
            description = "lambda or beta (= 2λ). Default: ${DEFAULT-VALUE}.")
    String units;

    @Option(
            names = "--x",
            paramLabel = "AXIS",
            defaultValue = "lambda",
            description = "Spectrum: the x axis, lambda (or beta with --units beta), norm (‖θ‖) or distance"
                    + " (‖θ − θ_ref‖). Default: ${DEFAULT-VALUE}.")
    String xAxis;

    @Option(names = "--width-cm", defaultValue = "17", description = "Width in cm. Default: ${DEFAULT-VALUE}.")
    double widthCm;

    @Option(names = "--height-cm", defaultValue = "10", description = "Height in cm. Default: ${DEFAULT-VALUE}.")
    double heightCm;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!(widthCm >= 2 && widthCm <= 100 && heightCm >= 2 && heightCm <= 100)) {
            throw new ParameterException(spec.commandLine(), "--width-cm and --height-cm must be in [2, 100]");
        }
        LambdaUnit unit = switch (units) {
            case "lambda" -> LambdaUnit.LAMBDA;
            case "beta" -> LambdaUnit.BETA;
            default -> throw new ParameterException(spec.commandLine(), "--units must be lambda or beta, was " + units);
        };
        SpectraAxis axis;
        try {
            axis = SpectraAxis.parse(xAxis);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--x must be lambda, norm or distance, was " + xAxis);
        }
        if (axis != SpectraAxis.LAMBDA && !kind.equals("spectrum")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--x " + xAxis + " goes with --kind spectrum" + " (use --kind norm for the metrics against ‖θ‖)");
        }
        if (log && !kind.equals("slice")) {
            throw new ParameterException(spec.commandLine(), "--log goes with --kind slice, not " + kind);
        }
        OutputGuard.file(spec, "--out", out, folders);
        ExportFormat exportFormat = exportFormat();
        JFreeChart chart = switch (kind) {
            case "slice" ->
                SliceFigure.read(single()).chart(SliceCsv.read(single().resolve("slice.csv")), log, ChartTheme.LIGHT);
            case "path" -> PathFigure.chart(folders);
            case "spectrum" -> spectrumChart(unit, axis);
            case "phase", "norm", "hysteresis", "per-class", "heatmap" -> sweepChart(unit);
            case "study" -> studyChart(unit);
            default ->
                throw new ParameterException(
                        spec.commandLine(),
                        "--kind must be phase, norm, hysteresis, per-class, heatmap, spectrum, slice, path or study, was "
                                + kind);
        };
        ExportSize size = new ExportSize(
                (int) Math.round(widthCm * POINTS_PER_CM),
                (int) Math.round(heightCm * POINTS_PER_CM),
                ExportSize.PRINT_DPI);
        ChartExporter.export(chart, exportFormat, out, size);
        spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath());
        return 0;
    }

    /** The format of --format, which must agree with --out's extension when that names one. */
    private ExportFormat exportFormat() {
        ExportFormat named;
        try {
            named = ExportFormat.of(out);
        } catch (IllegalArgumentException e) {
            named = null;
        }
        if (format == null) {
            if (named == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--out must end in .png, .svg, .pdf or .csv (or give --format), was " + out);
            }
            return named;
        }
        ExportFormat given = switch (format.toLowerCase(Locale.ROOT)) {
            case "png" -> ExportFormat.PNG;
            case "svg" -> ExportFormat.SVG;
            case "pdf" -> ExportFormat.PDF;
            case "csv" -> ExportFormat.CSV;
            default ->
                throw new ParameterException(
                        spec.commandLine(), "--format must be png, svg, pdf or csv, was '" + format + "'");
        };
        if (named != null && named != given) {
            throw new ParameterException(
                    spec.commandLine(), "--format " + format + " contradicts --out " + out + "; give one format");
        }
        return given;
    }

    /**
     * A chart of one sweep folder, or of several overlaid as seeds; the phase chart of several marks each
     * transition's λ_c as mean ± spread across them, and the spreads are printed.
     */
    private JFreeChart sweepChart(LambdaUnit unit) throws IOException {
        SweepOverlay overlay;
        try {
            overlay = SweepOverlay.open(folders);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> classes = overlay.classNames();
        PhaseDiagram diagram = new PhaseDiagram(
                classes,
                overlay.points(),
                List.of(),
                overlay.transitions(),
                unit,
                null,
                folders.size() == 1 ? SweepSpectra.read(SweepFolder.open(folders.get(0))) : List.of());
        return switch (kind) {
            case "norm" -> PhaseCharts.metricsVsNorm(diagram, ChartTheme.LIGHT);
            case "hysteresis" -> PhaseCharts.branches(diagram, ChartTheme.LIGHT);
            case "per-class" -> PhaseCharts.classMultiples(diagram, ChartTheme.LIGHT);
            case "heatmap" -> PhaseCharts.classHeatmap(diagram, ChartTheme.LIGHT);
            default -> phaseChart(diagram, overlay);
        };
    }

    private JFreeChart phaseChart(PhaseDiagram diagram, SweepOverlay overlay) {
        JFreeChart chart = PhaseCharts.metricsVsLambda(diagram, ChartTheme.LIGHT);
        if (folders.size() > 1) {
            List<SeedSpread> spreads = overlay.spreads();
            SeedSpreadMarks.addTo(chart, spreads, diagram.unit());
            PrintWriter out = spec.commandLine().getOut();
            out.println("λc across " + folders.size() + " sweeps (" + SeedSpread.MATCHING + "):");
            LambdaUnit unit = diagram.unit();
            spreads.forEach(s -> out.println("  " + s.describe(unit.symbol(), unit.of(1))));
        }
        return chart;
    }

    /**
     * A study's λ_c per variant with error bars across seeds and its hierarchy per variant; each variant's levels are
     * printed, and each finished path's profile is drawn into its folder as path.png, as {@code path} draws it.
     */
    private JFreeChart studyChart(LambdaUnit unit) throws IOException {
        StudyResults results;
        try {
            results = StudyResults.read(single());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Study '" + results.manifest().name() + "': "
                + results.manifest().progress() + "; " + SeedSpread.MATCHING + ":");
        StudyTables.spreadLines(results, unit).forEach(line -> out.println("  " + line));
        for (Path path : StudyPathFolder.finished(single())) {
            out.println("Wrote " + PathFigure.png(path).toAbsolutePath());
        }
        return StudyChart.of(results, unit, ChartTheme.LIGHT);
    }

    /**
     * Eigenvalues along the sweep from its spectra.csv (written by {@code spectrum --sweep}) against λ, ‖θ‖ or
     * ‖θ − θ_ref‖, transitions marked.
     */
    private JFreeChart spectrumChart(LambdaUnit unit, SpectraAxis axis) throws IOException {
        SweepFolder sweep = SweepFolder.open(single());
        Path spectra = single().resolve(SweepFolder.SPECTRA);
        if (!Files.exists(spectra)) {
            throw new ParameterException(
                    spec.commandLine(),
                    single() + " has no " + SweepFolder.SPECTRA + "; compute it with: phasescope spectrum --sweep "
                            + single());
        }
        double[] grid = sweep.grid().values();
        return SpectraCharts.alongSweep(
                new SpectraDiagram(
                        SweepSpectra.read(sweep),
                        SweepOverlay.transitions(sweep),
                        unit,
                        grid[0],
                        grid[grid.length - 1],
                        sweep.points(),
                        axis),
                ChartTheme.LIGHT);
    }

    /** The one folder of kinds that draw one folder. */
    private Path single() {
        if (folders.size() != 1) {
            throw new ParameterException(
                    spec.commandLine(), "--kind " + kind + " draws one folder, got " + folders.size());
        }
        return folders.get(0);
    }
}
