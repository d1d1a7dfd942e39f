package io.phasescope.render.curvature;

import io.phasescope.model.curvature.SpectralDensity;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;

/**
 * The spectral density of a Hessian from stochastic Lanczos quadrature: the quadrature nodes smoothed by a
 * Gaussian ({@link SpectralDensity#defaultSigma()}, a hundredth of their range) on {@value #GRID} eigenvalues,
 * with a zero line (mass left of it: directions of negative curvature). The density integrates to 1, so it is
 * in 1/(nats/θ²). On a logarithmic axis, values below {@value #LOG_FLOOR} of the peak are left out, which shows
 * the few outliers beside the bulk.
 */
public final class DensityChart {

    /** Eigenvalues the density is evaluated at. */
    public static final int GRID = 400;
    /** Smallest density drawn on a logarithmic axis, relative to the peak. */
    public static final double LOG_FLOOR = 1e-7;
    /** Label of the eigenvalue axis. */
    public static final String EIGENVALUE_LABEL = "eigenvalue  (nats/θ²)";
    /** Label of the density axis. */
    public static final String DENSITY_LABEL = "density  (1/(nats/θ²))";
    /** Shown before a density is computed. */
    public static final String NO_DATA = "Pick a sweep point and press Compute density";

    private DensityChart() {}

    /** The empty chart, before a density is computed. */
    public static JFreeChart empty(ChartTheme theme) {
        return ChartStyler.placeholder("Spectral density", NO_DATA, theme);
    }

    /**
     * The density of {@code density}, titled {@code title} (for example which Hessian at which point), the
     * density axis logarithmic when {@code logScale}.
     */
    public static JFreeChart of(SpectralDensity density, String title, boolean logScale, ChartTheme theme) {
        if (density == null || title == null || theme == null) {
            throw new IllegalArgumentException(
                    "density, title and theme must be given, were " + density + ", " + title + ", " + theme);
        }
        double sigma = density.defaultSigma();
        double[] grid = density.grid(GRID, sigma);
        double[] values = density.broadened(grid, sigma);
        if (logScale) {
            double floor = LOG_FLOOR * Arrays.stream(values).max().orElse(0);
            values = Arrays.stream(values)
                    .map(v -> v > floor && v > 0 ? v : Double.NaN)
                    .toArray();
        }
        ValueAxis y;
        if (logScale) {
            LogAxis log = new LogAxis(DENSITY_LABEL + ", log scale");
            log.setSmallestValue(Double.MIN_NORMAL);
            log.setTickUnit(new NumberTickUnit(1));
            y = log;
        } else {
            NumberAxis linear = new NumberAxis(DENSITY_LABEL);
            linear.setAutoRangeIncludesZero(true);
            y = linear;
        }
        NumberAxis x = new NumberAxis(EIGENVALUE_LABEL);
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(null, x, y, null);
        Series.lines()
                .add("density", grid, values, Palette.BLUE, Series.LINE, null, false)
                .into(plot, 0);
        plot.addDomainMarker(
                new ValueMarker(0, Palette.withAlpha(theme.mutedText(), 0.7), Series.THIN), Layer.BACKGROUND);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartStyler.apply(chart, theme);
        TextTitle note = new TextTitle(
                "SLQ: " + density.probes() + " probes × " + density.steps()
                        + " Lanczos steps · Gaussian σ = " + Numbers.significant(sigma, 3) + " · nodes from "
                        + Numbers.significant(density.minNode(), 4) + " to " + Numbers.significant(density.maxNode(), 4)
                        + " · mean eigenvalue " + Numbers.significant(density.moment(1), 4),
                theme.tickFont());
        note.setPaint(theme.mutedText());
        chart.addSubtitle(note);
        return chart;
    }
}
