package io.phasescope.render.landscape;

import io.phasescope.model.curvature.PathSpectrum;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import io.phasescope.render.phase.ClassStrips;
import io.phasescope.render.phase.SaddleStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of paths between two minima A (t = 0) and B (t = 1): E and error along t for several paths overlaid
 * (training solid, test dashed; one colour per path), and the test accuracy of each class along one path as a
 * class × t heat map. A cursor marks the t being scrubbed. With Hessian spectra along the paths
 * ({@code path-spectra.csv} rows) a third panel shows λ_min(∇²E) along t (nats per squared parameter unit, with a
 * zero line), and the points where it is negative — E curves down there, a saddle region — are marked on the
 * E_train curve in {@link SaddleStyle} (series {@link SaddleStyle#SADDLE_OF_E} " · " path kind).
 */
public final class PathCharts {

    private static final Color[] PATHS = {
        Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE, Palette.ORANGE, Palette.SKY_BLUE
    };
    private static final float WIDTH = 1.8f;
    private static final Stroke SOLID = new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED =
            new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0);
    private static final Stroke CURSOR = new BasicStroke(1.2f);

    private PathCharts() {}

    /**
     * E (nats) and error along t of each path: training solid, test dashed, with the endpoints t = 0 and 1
     * and the cursor at {@code cursor} (NaN: none) marked.
     */
    public static JFreeChart profiles(List<PathProfile> paths, double cursor, ChartTheme theme) {
        return profiles(paths, paths.stream().map(p -> List.<PathSpectrum>of()).toList(), cursor, theme);
    }

    /**
     * As {@link #profiles(List, double, ChartTheme)}, with the Hessian spectra of each path ({@code spectra.get(i)}
     * belongs to {@code paths.get(i)}, matched to its t values exactly; an empty list for a path without). When
     * any path has spectra, λ_min(∇²E) gets a panel of its own and negative values are marked on E_train.
     */
    public static JFreeChart profiles(
            List<PathProfile> paths, List<List<PathSpectrum>> spectra, double cursor, ChartTheme theme) {
        if (paths == null || spectra == null || paths.size() != spectra.size() || theme == null) {
            throw new IllegalArgumentException(
                    "need one list of spectra per path and a theme, got " + paths + ", " + spectra + ", " + theme);
        }
        NumberAxis t = new NumberAxis("t (0 = A, 1 = B)");
        t.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot stack = new CombinedDomainXYPlot(t);
        stack.setGap(8);
        NumberAxis loss = new NumberAxis("E (nats)");
        loss.setAutoRangeIncludesZero(false);
        NumberAxis error = new NumberAxis("error");
        ChartStyler.percentTicks(error);
        error.setAutoRangeIncludesZero(true);
        XYPlot losses = panel(paths, loss, PathProfile::trainLoss, PathProfile::testLoss, cursor, theme);
        stack.add(losses, 3);
        XYPlot errors = panel(paths, error, PathProfile::trainError, PathProfile::testError, cursor, theme);
        ((XYLineAndShapeRenderer) errors.getRenderer()).setDefaultSeriesVisibleInLegend(false);
        stack.add(errors, 2);
        if (spectra.stream().anyMatch(s -> !s.isEmpty())) {
            PathCurvature.addSaddles(losses, paths, spectra);
            stack.add(PathCurvature.panel(paths, spectra, PATHS, theme), 3);
            markT(stack.getSubplots().get(2), cursor, theme);
        }
        // up to three short panels: their labels read across, so that they do not run into each other
        stack.getSubplots().forEach(panel -> panel.getRangeAxis().setLabelAngle(Math.PI / 2));
        JFreeChart chart = new JFreeChart("Along the path from A to B", stack);
        if (paths.isEmpty()) {
            chart.removeLegend();
        }
        return ChartStyler.apply(chart, theme);
    }

    /** Test accuracy of each class along {@code path}, as a class × t heat map with its colour bar. */
    public static JFreeChart classAccuracy(PathProfile path, List<String> classNames, double cursor, ChartTheme theme) {
        double[] t = path.t();
        DefaultXYZDataset data = new DefaultXYZDataset();
        int classes = classNames.size();
        double[][] xyz = new double[3][t.length * classes];
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            for (int c = 0; c < classes; c++) {
                xyz[0][k] = t[i];
                xyz[1][k] = c;
                xyz[2][k] = path.perClassAccuracy()[i][c];
                k++;
            }
        }
        data.addSeries(path.kind(), xyz);
        double width = t.length > 1 ? (t[t.length - 1] - t[0]) / (t.length - 1) : 1;
        XYPlot strip = ClassStrips.plot(classNames, "class", data, width);
        NumberAxis axis = new NumberAxis("t (0 = A, 1 = B)");
        axis.setAutoRange(false);
        axis.setRange(t[0] - width / 2, t[t.length - 1] + width / 2);
        strip.setDomainAxis(axis);
        if (Double.isFinite(cursor)) {
            strip.addDomainMarker(new ValueMarker(cursor, Color.WHITE, CURSOR));
        }
        JFreeChart chart = new JFreeChart("Test accuracy per class · " + path.kind(), strip);
        chart.removeLegend();
        ChartStyler.apply(chart, theme);
        chart.addSubtitle(ClassStrips.accuracyLegend("test accuracy"));
        return chart;
    }

    private static XYPlot panel(
            List<PathProfile> paths,
            NumberAxis range,
            Function<PathProfile, double[]> train,
            Function<PathProfile, double[]> test,
            double cursor,
            ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        ChartStyler.keepSeriesStyles(renderer);
        for (int p = 0; p < paths.size(); p++) {
            PathProfile path = paths.get(p);
            Color color = PATHS[p % PATHS.length];
            addSeries(data, renderer, path.kind() + " · train", path.t(), train.apply(path), color, SOLID);
            addSeries(data, renderer, path.kind() + " · test", path.t(), test.apply(path), color, DASHED);
        }
        XYPlot plot = new XYPlot(data, null, range, renderer);
        plot.setNoDataMessage("No path yet: pick A = θ₀ and B, then Compute path");
        markT(plot, cursor, theme);
        return plot;
    }

    /** The endpoints t = 0 and 1 and the cursor (NaN: none). */
    private static void markT(XYPlot plot, double cursor, ChartTheme theme) {
        for (double end : new double[] {0, 1}) {
            plot.addDomainMarker(new ValueMarker(end, theme.grid(), CURSOR));
        }
        if (Double.isFinite(cursor)) {
            plot.addDomainMarker(new ValueMarker(cursor, theme.text(), CURSOR));
        }
    }

    private static void addSeries(
            XYSeriesCollection data,
            XYLineAndShapeRenderer renderer,
            String key,
            double[] x,
            double[] y,
            Color color,
            Stroke stroke) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                series.add(x[i], y[i]);
            }
        }
        int s = data.getSeriesCount();
        data.addSeries(series);
        renderer.setSeriesPaint(s, color);
        renderer.setSeriesStroke(s, stroke);
    }
}
