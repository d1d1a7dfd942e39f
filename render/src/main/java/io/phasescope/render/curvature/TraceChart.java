package io.phasescope.render.curvature;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.phase.BranchStyle;
import io.phasescope.render.phase.LambdaUnit;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The trace of ∇²E along a sweep, as Hutchinson estimated it at each point with a spectrum ({@code trace_E} of
 * {@code spectra.csv}): one line per walk (branch and seed) with a band of ± 2 standard errors. The trace is the
 * sum of all eigenvalues, so it follows the overall sharpness of E; points without a trace are left out.
 */
public final class TraceChart {

    /** The chart's message before any point has a trace. */
    public static final String NO_DATA = "No trace yet: set Trace probes above 0 and compute the spectra";
    /** The y-axis label. */
    public static final String AXIS_LABEL = "tr ∇²E  (nats/θ²)";

    private static final float BAND_ALPHA = 0.22f;

    private TraceChart() {
    }

    /** The trace of {@code diagram}'s rows against λ (or β), with ± 2 standard errors. */
    public static JFreeChart alongSweep(SpectraDiagram diagram, ChartTheme theme) {
        if (diagram == null || theme == null) {
            throw new IllegalArgumentException("diagram and theme must be given, were " + diagram + ", " + theme);
        }
        LambdaUnit unit = diagram.unit();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setAlpha(BAND_ALPHA);
        int seedRank = 0;
        for (Map.Entry<String, List<PointSpectrum>> walk : SpectraCharts.walks(diagram.rows()).entrySet()) {
            YIntervalSeries series = new YIntervalSeries("tr ∇²E · " + walk.getKey(), false, true);
            for (PointSpectrum r : walk.getValue()) {
                if (Double.isFinite(r.trace())) {
                    double band = Double.isFinite(r.traceError()) ? 2 * r.traceError() : 0;
                    series.add(unit.of(r.lambda()), r.trace(), r.trace() - band, r.trace() + band);
                }
            }
            if (series.getItemCount() == 0) {
                continue;
            }
            int s = data.getSeriesCount();
            data.addSeries(series);
            Color paint = BranchStyle.paint(walk.getValue().get(0).branch(), seedRank++);
            renderer.setSeriesPaint(s, paint);
            renderer.setSeriesFillPaint(s, paint);
            renderer.setSeriesStroke(s, BranchStyle.stroke(walk.getValue().get(0).branch()));
        }
        NumberAxis x = new NumberAxis(unit.axisLabel());
        x.setAutoRangeIncludesZero(false);
        if (diagram.hasRange()) {
            double margin = 0.02 * (unit.of(diagram.lambdaTo()) - unit.of(diagram.lambdaFrom()));
            x.setRange(unit.of(diagram.lambdaFrom()) - margin, unit.of(diagram.lambdaTo()) + margin);
        }
        NumberAxis y = new NumberAxis(AXIS_LABEL);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data.getSeriesCount() == 0 ? null : data, x, y, renderer);
        plot.setNoDataMessage(NO_DATA);
        JFreeChart chart = new JFreeChart("Trace of ∇²E along the sweep (Hutchinson, ± 2 SE)", plot);
        if (data.getSeriesCount() < 2) {
            chart.removeLegend();
        }
        return ChartStyler.apply(chart, theme);
    }
}
