package io.phasescope.render.curvature;

import io.phasescope.model.curvature.PlacedSpectrum;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.phase.BranchStyle;
import io.phasescope.render.phase.LambdaUnit;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The trace of ∇²E along a sweep, against the diagram's {@link SpectraAxis} (λ, ‖θ‖ or ‖θ − θ_ref‖), as Hutchinson estimated it at each point with a spectrum ({@code trace_E} of
 * {@code spectra.csv}): one line per walk (branch and seed) with a band of ± 2 standard errors. The trace is the
 * sum of all eigenvalues, so it follows the overall sharpness of E; points without a trace are left out.
 */
public final class TraceChart {

    /** The chart's message before any point has a trace. */
    public static final String NO_DATA = "No trace yet: set Trace probes above 0 and compute the spectra";
    /** The y-axis label. */
    public static final String AXIS_LABEL = "tr ∇²E  (nats/θ²)";

    private static final float BAND_ALPHA = 0.22f;

    private TraceChart() {}

    /** The trace of {@code diagram}'s rows against λ (or β), with ± 2 standard errors. */
    public static JFreeChart alongSweep(SpectraDiagram diagram, ChartTheme theme) {
        if (diagram == null || theme == null) {
            throw new IllegalArgumentException("diagram and theme must be given, were " + diagram + ", " + theme);
        }
        LambdaUnit unit = diagram.unit();
        SpectraAxis axis = diagram.axis();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setAlpha(BAND_ALPHA);
        int seedRank = 0;
        Map<String, List<PlacedSpectrum>> walks =
                SpectraCharts.walks(PlacedSpectrum.join(diagram.rows(), diagram.points()), PlacedSpectrum::spectrum);
        for (Map.Entry<String, List<PlacedSpectrum>> walk : walks.entrySet()) {
            YIntervalSeries series = new YIntervalSeries("tr ∇²E · " + walk.getKey(), false, true);
            for (PlacedSpectrum placed : walk.getValue()) {
                PointSpectrum r = placed.spectrum();
                double x = axis.x(placed, unit);
                if (Double.isFinite(r.trace()) && Double.isFinite(x)) {
                    double band = Double.isFinite(r.traceError()) ? 2 * r.traceError() : 0;
                    series.add(x, r.trace(), r.trace() - band, r.trace() + band);
                }
            }
            if (series.getItemCount() == 0) {
                continue;
            }
            int s = data.getSeriesCount();
            data.addSeries(series);
            Branch branch = walk.getValue().get(0).spectrum().branch();
            Color paint = BranchStyle.paint(branch, seedRank++);
            renderer.setSeriesPaint(s, paint);
            renderer.setSeriesFillPaint(s, paint);
            renderer.setSeriesStroke(s, BranchStyle.stroke(branch));
        }
        ValueAxis x = SpectraCharts.xAxis(diagram);
        NumberAxis y = new NumberAxis(AXIS_LABEL);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data.getSeriesCount() == 0 ? null : data, x, y, renderer);
        plot.setNoDataMessage(NO_DATA);
        JFreeChart chart =
                new JFreeChart("Trace of ∇²E along the sweep vs " + axis.symbol(unit) + " (Hutchinson, ± 2 SE)", plot);
        if (data.getSeriesCount() < 2) {
            chart.removeLegend();
        }
        return ChartStyler.apply(chart, theme);
    }
}
