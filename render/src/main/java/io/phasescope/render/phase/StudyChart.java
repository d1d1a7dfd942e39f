package io.phasescope.render.phase;

import io.phasescope.model.study.StudyResults;
import io.phasescope.model.study.VariantResult;
import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A study's figure, one column per variant (the values of its varied fields): above, each transition level's λ_c as
 * mean ± spread over the variant's finished seeds (error bars; levels matched across seeds by {@link SeedSpread});
 * below, the hierarchy, one row per level, naming the classes the variant loses there (those at least half its seeds
 * lose). Built headless, for {@code phasescope figure --kind study} and the app's export.
 */
public final class StudyChart {

    /** How far apart the error bars of a variant's levels stand, in columns. */
    private static final double LEVEL_OFFSET = 0.08;

    private static final Color[] LEVEL_COLOURS = {
        Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE, Palette.ORANGE, Palette.SKY_BLUE
    };

    private StudyChart() {}

    /** The figure of {@code results}, λ in {@code unit}, styled with {@code theme}. */
    public static JFreeChart of(StudyResults results, LambdaUnit unit, ChartTheme theme) {
        if (results == null || unit == null || theme == null) {
            throw new IllegalArgumentException(
                    "results, unit and theme must be given, were " + results + ", " + unit + ", " + theme);
        }
        List<VariantResult> variants = results.variants();
        List<String> levels = results.levelNames();
        SymbolAxis columns = new SymbolAxis(
                results.variedLabel(),
                variants.stream().map(v -> v.variant().label()).toArray(String[]::new));
        columns.setRange(-0.5, Math.max(0.5, variants.size() - 0.5));
        columns.setGridBandsVisible(false);
        XYPlot lambda = lambdaPlot(variants, levels, unit);
        XYPlot hierarchy = hierarchyPlot(variants, levels, theme);
        CombinedDomainXYPlot stack = new CombinedDomainXYPlot(columns);
        stack.setGap(8);
        stack.add(lambda, 1);
        stack.add(hierarchy, 1);
        JFreeChart chart = new JFreeChart(
                "Study '" + results.manifest().name() + "': " + unit.symbol() + "c and classes lost by "
                        + results.variedLabel(),
                stack);
        ChartStyler.apply(chart, theme);
        TextTitle note = new TextTitle(
                results.manifest().progress() + " · bars: " + unit.symbol()
                        + "c mean ± s.d. over a variant's finished seeds, transitions matched by λ",
                theme.tickFont());
        note.setPaint(theme.mutedText());
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        return chart;
    }

    private static XYPlot lambdaPlot(List<VariantResult> variants, List<String> levels, LambdaUnit unit) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (String level : levels) {
            data.addSeries(new YIntervalSeries("level " + level, false, true));
        }
        for (int v = 0; v < variants.size(); v++) {
            for (SeedSpread s : variants.get(v).levels()) {
                int i = levels.indexOf(VariantResult.levelName(s));
                double x = v + (i - (levels.size() - 1) / 2.0) * LEVEL_OFFSET;
                data.getSeries(i)
                        .add(x, unit.of(s.mean()), unit.of(s.mean() - s.spread()), unit.of(s.mean() + s.spread()));
            }
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setCapLength(6);
        for (int i = 0; i < levels.size(); i++) {
            renderer.setSeriesPaint(i, LEVEL_COLOURS[i % LEVEL_COLOURS.length]);
        }
        for (int i = 0; i < levels.size(); i++) {
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        ChartStyler.keepSeriesStyles(renderer);
        NumberAxis range = new NumberAxis(unit.symbol() + "c");
        XYPlot plot = new XYPlot(data, null, range, renderer);
        plot.setNoDataMessage("No finished sweep with a transition yet");
        return plot;
    }

    /**
     * One row per level: a point per class lost (series "lost: CLASS", for the CSV), the classes written there one
     * above the other.
     */
    private static XYPlot hierarchyPlot(List<VariantResult> variants, List<String> levels, ChartTheme theme) {
        Map<String, XYSeries> lost = new LinkedHashMap<>();
        NumberAxis range = new NumberAxis("level");
        range.setInverted(true);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setRange(0.4, Math.max(1, levels.size()) + 0.6);
        XYPlot plot = new XYPlot(null, null, range, null);
        for (int v = 0; v < variants.size(); v++) {
            VariantResult variant = variants.get(v);
            for (SeedSpread s : variant.levels()) {
                int row = levels.indexOf(VariantResult.levelName(s)) + 1;
                List<String> names = VariantResult.classesLost(s).stream()
                        .map(c -> c < variant.classNames().size()
                                ? variant.classNames().get(c)
                                : String.valueOf(c))
                        .toList();
                for (String name : names) {
                    lost.computeIfAbsent(name, n -> new XYSeries("lost: " + n, false, true))
                            .add(v, row);
                }
                // one line per class, stacked within the level's row
                List<String> lines = names.isEmpty() ? List.of("{}") : names;
                double spacing = Math.min(0.25, 0.8 / lines.size());
                for (int k = 0; k < lines.size(); k++) {
                    XYTextAnnotation text =
                            new XYTextAnnotation(lines.get(k), v, row + (k - (lines.size() - 1) / 2.0) * spacing);
                    text.setFont(theme.tickFont());
                    text.setPaint(theme.text());
                    text.setTextAnchor(TextAnchor.CENTER);
                    plot.addAnnotation(text);
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        lost.values().forEach(data::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, false);
        renderer.setDefaultSeriesVisibleInLegend(false);
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setNoDataMessage("No classes lost yet");
        return plot;
    }
}
