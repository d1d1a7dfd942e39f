package io.phasescope.render.curvature;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import io.phasescope.render.Viridis;
import io.phasescope.render.phase.BranchStyle;
import io.phasescope.render.phase.LambdaUnit;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * The Hessian spectrum along a sweep (the paper's Figure 3), from {@code spectra.csv} rows: above, the largest
 * eigenvalues of ∇²E coloured by rank (rank 1 = λ_max darkest); below, λ_min(∇²E), the line −2λ and
 * λ_min(∇²L_λ) = λ_min(∇²E) + 2λ with a zero line, so that the crossing λ_min(∇²E) + 2λ = 0 shows twice: where
 * λ_min(∇²E) meets −2λ and where λ_min(∇²L_λ) meets zero. Points where L_λ has a saddle (index ≥ 1: some
 * computed eigenvalue of ∇²L_λ below zero) are filled markers; transitions are dashed vertical lines in their
 * branch's colour. Branches are told apart by their line style (up solid, down dashed), as in the phase diagram.
 * The λ axis spans the diagram's range when it has one (the sweep's grid, so it does not rescale as rows arrive).
 */
public final class SpectraCharts {

    /** Shown while there are no rows. */
    public static final String NO_DATA = "No spectra yet: press Compute spectra";
    /** Label of the upper panel's axis. */
    public static final String TOP_LABEL = "largest of ∇²E  (nats/θ²)";
    /** Label of the lower panel's axis. */
    public static final String BOTTOM_LABEL = "smallest  (nats/θ²)";
    /** Series name of λ_min(∇²E). */
    public static final String MIN_E = "λ_min(∇²E)";
    /** Series name of λ_min(∇²L_λ). */
    public static final String MIN_L = "λ_min(∇²L_λ)";
    /** Series name of the line −2λ (= −β). */
    public static final String SHIFT = "−2λ";
    /** Series and legend name of the points where L_λ has a saddle. */
    public static final String SADDLE = "saddle of L_λ (index ≥ 1)";

    static final Color MIN_E_COLOR = Palette.BLUE;
    static final Color MIN_L_COLOR = Palette.VERMILLION;
    /** Series with more points than this are drawn without hollow markers. */
    private static final int MAX_MARKED_POINTS = 90;
    /** Ranks beyond this many get one legend entry for the first and one for the last. */
    private static final int MAX_RANK_ITEMS = 5;

    private SpectraCharts() {
    }

    /** The two-panel chart of {@code diagram} against λ (or β). */
    public static JFreeChart alongSweep(SpectraDiagram diagram, ChartTheme theme) {
        if (diagram == null || theme == null) {
            throw new IllegalArgumentException("diagram and theme must be given, were " + diagram + ", " + theme);
        }
        LambdaUnit unit = diagram.unit();
        Map<String, List<PointSpectrum>> walks = walks(diagram.rows());
        TreeSet<Long> seeds = new TreeSet<>();
        diagram.rows().forEach(r -> seeds.add(r.seed()));
        diagram.transitions().forEach(t -> seeds.add(t.seed()));
        int ranks = diagram.rows().stream().mapToInt(r -> r.top().length).max().orElse(0);

        XYPlot top = new XYPlot(null, null, axis(TOP_LABEL, false), null);
        top.setNoDataMessage(NO_DATA);
        Series tops = Series.lines();
        Series lows = Series.lines();
        Series saddles = Series.markers();
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        for (Map.Entry<String, List<PointSpectrum>> e : walks.entrySet()) {
            List<PointSpectrum> walk = e.getValue();
            Branch branch = walk.get(0).branch();
            branches.add(branch);
            double[] x = walk.stream().mapToDouble(r -> unit.of(r.lambda())).toArray();
            String suffix = " · " + e.getKey();
            for (int rank = 0; rank < ranks; rank++) {
                int k = rank;
                double[] y = walk.stream().mapToDouble(r -> k < r.top().length ? r.top()[k] : Double.NaN).toArray();
                tops.add("top " + (rank + 1) + suffix, x, y, rankColor(rank, ranks),
                        BranchStyle.stroke(branch, rank == 0 ? 1.8f : 1.2f), null, false);
            }
            boolean marked = walk.size() <= MAX_MARKED_POINTS;
            lows.add(MIN_E + suffix, x, walk.stream().mapToDouble(PointSpectrum::minE).toArray(), MIN_E_COLOR,
                    BranchStyle.stroke(branch), null, false);
            lows.add(MIN_L + suffix, x, walk.stream().mapToDouble(PointSpectrum::minL).toArray(), MIN_L_COLOR,
                    BranchStyle.stroke(branch), marked ? Series.circle(3) : null, false);
            List<PointSpectrum> saddle = walk.stream().filter(r -> r.index() > 0).toList();
            if (!saddle.isEmpty()) {
                saddles.add(SADDLE + suffix, saddle.stream().mapToDouble(r -> unit.of(r.lambda())).toArray(),
                        saddle.stream().mapToDouble(PointSpectrum::minL).toArray(), MIN_L_COLOR, Series.LINE,
                        Series.circle(3.5), true);
            }
        }
        double[] lambdas = diagram.rows().stream().mapToDouble(PointSpectrum::lambda).distinct().sorted().toArray();
        double[] shift = new double[lambdas.length];
        double[] shiftX = new double[lambdas.length];
        for (int i = 0; i < lambdas.length; i++) {
            shiftX[i] = unit.of(lambdas[i]);
            shift[i] = -2 * lambdas[i];
        }
        if (lambdas.length > 0) {
            lows.add(SHIFT, shiftX, shift, BranchStyle.neutral(), Series.DASHED, null, false);
        }
        tops.into(top, 0);
        XYPlot bottom = new XYPlot(null, null, axis(BOTTOM_LABEL, true), null);
        lows.into(bottom, 0);
        saddles.into(bottom, 1);
        bottom.addRangeMarker(new ValueMarker(0, Palette.withAlpha(theme.mutedText(), 0.7), Series.THIN),
                Layer.BACKGROUND);
        for (XYPlot plot : List.of(top, bottom)) {
            for (Transition t : diagram.transitions()) {
                Color paint = BranchStyle.paint(t.branch(), seeds.headSet(t.seed()).size());
                plot.addDomainMarker(new ValueMarker(unit.of(t.lambdaC()), Palette.withAlpha(paint, 0.85),
                        BranchStyle.transitionStroke()), Layer.BACKGROUND);
            }
        }

        NumberAxis x = new NumberAxis(unit.axisLabel());
        x.setAutoRangeIncludesZero(false);
        if (diagram.hasRange()) {
            double margin = 0.02 * (unit.of(diagram.lambdaTo()) - unit.of(diagram.lambdaFrom()));
            x.setRange(unit.of(diagram.lambdaFrom()) - margin, unit.of(diagram.lambdaTo()) + margin);
        }
        CombinedDomainXYPlot stack = new CombinedDomainXYPlot(x);
        stack.setGap(8);
        stack.add(top, 2);
        stack.add(bottom, 3);
        stack.setFixedLegendItems(legend(ranks, branches, !diagram.transitions().isEmpty()));
        JFreeChart chart = new JFreeChart("Hessian spectrum along the sweep vs " + unit.symbol(), stack);
        if (diagram.rows().isEmpty()) {
            chart.removeLegend();
        }
        return ChartStyler.apply(chart, theme);
    }

    /** The colour of eigenvalue rank {@code rank} (0 = the largest) of {@code ranks}: viridis, dark to light. */
    static Color rankColor(int rank, int ranks) {
        return Viridis.color(0.1 + 0.75 * rank / Math.max(1, ranks - 1));
    }

    /** Rows grouped by "branch · seed s" in order of first appearance, each sorted by λ. */
    static Map<String, List<PointSpectrum>> walks(List<PointSpectrum> rows) {
        Map<String, List<PointSpectrum>> walks = new LinkedHashMap<>();
        for (PointSpectrum r : rows) {
            walks.computeIfAbsent(r.branch().id() + " · seed " + r.seed(), k -> new ArrayList<>()).add(r);
        }
        walks.values().forEach(w -> w.sort(Comparator.comparingDouble(PointSpectrum::lambda)));
        return walks;
    }

    private static NumberAxis axis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        return axis;
    }

    private static LegendItemCollection legend(int ranks, Set<Branch> branches, boolean transitions) {
        LegendItemCollection legend = new LegendItemCollection();
        for (int rank = 0; rank < ranks; rank++) {
            if (ranks <= MAX_RANK_ITEMS || rank == 0 || rank == ranks - 1) {
                legend.add(Series.lineItem(rank == 0 ? "λ_max(∇²E)" : "top " + (rank + 1), rankColor(rank, ranks),
                        Series.LINE));
            }
        }
        legend.add(Series.lineItem(MIN_E, MIN_E_COLOR, Series.LINE));
        legend.add(Series.lineItem(SHIFT + " (= −β)", BranchStyle.neutral(), Series.DASHED));
        legend.add(Series.lineItem(MIN_L + " = " + MIN_E + " + 2λ", MIN_L_COLOR, Series.LINE));
        legend.add(Series.markerItem(SADDLE, MIN_L_COLOR, Series.circle(3.5), true));
        if (branches.size() > 1 || branches.contains(Branch.COLD)) {
            for (Branch b : branches) {
                legend.add(Series.lineItem(b.id(), BranchStyle.neutral(), BranchStyle.stroke(b)));
            }
        }
        if (transitions) {
            legend.add(Series.lineItem("transition", BranchStyle.neutral(), BranchStyle.transitionStroke()));
        }
        return legend;
    }
}
