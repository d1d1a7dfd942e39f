package io.phasescope.render.curvature;

import io.phasescope.model.curvature.PlacedSpectrum;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import io.phasescope.render.Viridis;
import io.phasescope.render.phase.BranchStyle;
import io.phasescope.render.phase.LambdaUnit;
import io.phasescope.render.phase.SaddleStyle;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * The Hessian spectrum along a sweep (the paper's Figure 3), from {@code spectra.csv} rows, against λ (or β),
 * ‖θ‖ or ‖θ − θ_ref‖ ({@link SpectraAxis}): above, the largest eigenvalues of ∇²E coloured by rank (rank 1 =
 * λ_max darkest); below, the smallest of ∇²E (λ_min(∇²E) bold, the next ones thin and lighter), the line −2λ and
 * λ_min(∇²L_λ) = λ_min(∇²E) + 2λ with a zero line, so that the crossing λ_min(∇²E) + 2λ = 0 shows twice: where
 * λ_min(∇²E) meets −2λ and where λ_min(∇²L_λ) meets zero. Points where L_λ has a saddle (index ≥ 1: some computed
 * eigenvalue of ∇²L_λ below zero) are marked in {@link SaddleStyle}; transitions are dashed vertical lines (against
 * a norm: the gap the jump spans, shaded) in their branch's colour. Branches are told apart by their line style (up
 * solid, down dashed), as in the phase diagram. A λ axis spans the diagram's range when it has one, a norm axis the
 * range of the sweep's points, so neither rescales as rows arrive. Rows are placed against a norm by
 * {@link PlacedSpectrum#join}; rows without a sweep point are left out there.
 */
public final class SpectraCharts {

    /** Shown while there are no rows. */
    public static final String NO_DATA = "No spectra yet: press Compute spectra";
    /** Label of the upper panel's axis. */
    public static final String TOP_LABEL = "largest";
    /** Label of the lower panel's axis. */
    public static final String BOTTOM_LABEL = "smallest";
    /** Series name of λ_min(∇²E). */
    public static final String MIN_E = "λ_min(∇²E)";
    /** Series name of λ_min(∇²L_λ). */
    public static final String MIN_L = "λ_min(∇²L_λ)";
    /** Series name of the line −2λ (= −β). */
    public static final String SHIFT = "−2λ";
    /** Series name of the points where L_λ has a saddle. */
    public static final String SADDLE = SaddleStyle.SADDLE_OF_L;
    /** Their legend entry: short, so that the legend leaves the plots their room. */
    public static final String SADDLE_LEGEND = "saddle of L_λ";

    static final Color MIN_E_COLOR = Palette.BLUE;
    static final Color MIN_L_COLOR = Palette.VERMILLION;

    /** The least gap between two saddle marks drawn, as a fraction of the data's x span: marks never pile up. */
    static final double SADDLE_SPACING = 0.02;

    /** A norm axis spanning more than this factor is logarithmic. */
    static final int LOG_SPAN = 20;

    private SpectraCharts() {}

    /** The two-panel chart of {@code diagram} against its axis. */
    public static JFreeChart alongSweep(SpectraDiagram diagram, ChartTheme theme) {
        if (diagram == null || theme == null) {
            throw new IllegalArgumentException("diagram and theme must be given, were " + diagram + ", " + theme);
        }
        LambdaUnit unit = diagram.unit();
        SpectraAxis axis = diagram.axis();
        Map<String, List<PlacedSpectrum>> walks =
                walks(PlacedSpectrum.join(diagram.rows(), diagram.points()), PlacedSpectrum::spectrum);
        TreeSet<Long> seeds = new TreeSet<>();
        diagram.rows().forEach(r -> seeds.add(r.seed()));
        diagram.transitions().forEach(t -> seeds.add(t.seed()));
        int ranks = diagram.rows().stream().mapToInt(r -> r.top().length).max().orElse(0);
        int lowRanks =
                diagram.rows().stream().mapToInt(r -> r.bottom().length).max().orElse(0);

        XYPlot top = new XYPlot(null, null, axis(TOP_LABEL, false), null);
        top.setNoDataMessage(NO_DATA);
        Series tops = Series.lines();
        Series lows = Series.lines();
        Series saddles = Series.markers();
        ValueAxis xAxis = xAxis(diagram);
        boolean logX = xAxis instanceof LogAxis;
        double[] allX = walks.values().stream()
                .flatMap(List::stream)
                .mapToDouble(r -> axis.x(r, unit))
                .filter(v -> Double.isFinite(v) && (!logX || v > 0))
                .toArray();
        double xFrom = Arrays.stream(allX).min().orElse(Double.NaN);
        double xTo = Arrays.stream(allX).max().orElse(Double.NaN);
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        for (Map.Entry<String, List<PlacedSpectrum>> e : walks.entrySet()) {
            List<PointSpectrum> walk =
                    e.getValue().stream().map(PlacedSpectrum::spectrum).toList();
            Branch branch = walk.get(0).branch();
            branches.add(branch);
            double[] x = e.getValue().stream().mapToDouble(r -> axis.x(r, unit)).toArray();
            String suffix = " · " + e.getKey();
            for (int rank = 0; rank < ranks; rank++) {
                tops.add(
                        "top " + (rank + 1) + suffix,
                        x,
                        ranked(walk, PointSpectrum::top, rank),
                        rankColor(rank, ranks),
                        BranchStyle.stroke(branch, rank == 0 ? 1.8f : 1.2f),
                        null,
                        false);
            }
            lows.add(
                    MIN_E + suffix,
                    x,
                    walk.stream().mapToDouble(PointSpectrum::minE).toArray(),
                    MIN_E_COLOR,
                    BranchStyle.stroke(branch),
                    null,
                    false);
            for (int rank = 1; rank < lowRanks; rank++) {
                lows.add(
                        "bottom " + (rank + 1) + suffix,
                        x,
                        ranked(walk, PointSpectrum::bottom, rank),
                        lowColor(rank, lowRanks),
                        BranchStyle.stroke(branch, 1f),
                        null,
                        false);
            }
            lows.add(
                    MIN_L + suffix,
                    x,
                    walk.stream().mapToDouble(PointSpectrum::minL).toArray(),
                    MIN_L_COLOR,
                    BranchStyle.stroke(branch),
                    null,
                    false);
            if (axis != SpectraAxis.LAMBDA) {
                lows.add(
                        SHIFT + suffix,
                        x,
                        walk.stream().mapToDouble(r -> -2 * r.lambda()).toArray(),
                        BranchStyle.neutral(),
                        Series.DASHED,
                        null,
                        false);
            }
            List<PlacedSpectrum> saddle = e.getValue().stream()
                    .filter(r -> r.spectrum().index() > 0 && Double.isFinite(axis.x(r, unit)))
                    .toList();
            if (!saddle.isEmpty()) {
                double[] sx = saddle.stream().mapToDouble(r -> axis.x(r, unit)).toArray();
                int[] shown = xTo > xFrom
                        ? MarkThinning.spaced(sx, xFrom, xTo, logX, SADDLE_SPACING)
                        : java.util.stream.IntStream.range(0, sx.length).toArray();
                saddles.add(
                        SADDLE + suffix,
                        Arrays.stream(shown).mapToDouble(i -> sx[i]).toArray(),
                        Arrays.stream(shown)
                                .mapToDouble(i -> saddle.get(i).spectrum().minL())
                                .toArray(),
                        SaddleStyle.COLOR,
                        Series.LINE,
                        SaddleStyle.shape(2.6),
                        true);
            }
        }
        if (axis == SpectraAxis.LAMBDA) {
            double[] lambdas = diagram.rows().stream()
                    .mapToDouble(PointSpectrum::lambda)
                    .distinct()
                    .sorted()
                    .toArray();
            if (lambdas.length > 0) {
                lows.add(
                        SHIFT,
                        Arrays.stream(lambdas).map(unit::of).toArray(),
                        Arrays.stream(lambdas).map(l -> -2 * l).toArray(),
                        BranchStyle.neutral(),
                        Series.DASHED,
                        null,
                        false);
            }
        }
        tops.into(top, 0);
        XYPlot bottom = new XYPlot(null, null, axis(BOTTOM_LABEL, true), null);
        lows.into(bottom, 0);
        saddles.into(bottom, 1);
        bottom.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        bottom.addRangeMarker(
                new ValueMarker(0, Palette.withAlpha(theme.mutedText(), 0.7), Series.THIN), Layer.BACKGROUND);
        for (XYPlot plot : List.of(top, bottom)) {
            TransitionMarks.add(plot, diagram.transitions(), axis, unit, diagram.points(), seeds);
        }

        CombinedDomainXYPlot stack = new CombinedDomainXYPlot(xAxis);
        stack.setGap(8);
        stack.add(top, 2);
        stack.add(bottom, 3);
        stack.setFixedLegendItems(
                legend(ranks, lowRanks, branches, !diagram.transitions().isEmpty(), axis));
        JFreeChart chart =
                new JFreeChart("Hessian eigenvalues (nats/θ²) along the sweep vs " + axis.symbol(unit), stack);
        if (diagram.rows().isEmpty()) {
            chart.removeLegend();
        }
        return ChartStyler.apply(chart, theme);
    }

    /**
     * The x axis: a λ axis fixed to the diagram's range, or a norm axis spanning its points — logarithmic when they
     * span more than a factor of {@value #LOG_SPAN} (‖θ‖ falls from tens at λ = 0 to below 1 in the trivial phase).
     */
    static ValueAxis xAxis(SpectraDiagram diagram) {
        LambdaUnit unit = diagram.unit();
        SpectraAxis axis = diagram.axis();
        double from = Double.NaN;
        double to = Double.NaN;
        if (axis == SpectraAxis.LAMBDA && diagram.hasRange()) {
            from = unit.of(diagram.lambdaFrom());
            to = unit.of(diagram.lambdaTo());
        } else if (axis != SpectraAxis.LAMBDA) {
            double[] xs = diagram.points().stream()
                    .filter(p -> p.index() >= 0)
                    .mapToDouble(p -> axis.x(p, unit))
                    .filter(Double::isFinite)
                    .toArray();
            from = Arrays.stream(xs).min().orElse(Double.NaN);
            to = Arrays.stream(xs).max().orElse(Double.NaN);
        }
        if (axis != SpectraAxis.LAMBDA && from > 0 && to / from > LOG_SPAN) {
            String label = axis.label(unit);
            LogAxis log = new LogAxis(
                    label.endsWith(")")
                            ? label.substring(0, label.length() - 1) + ", log scale)"
                            : label + " (log scale)");
            log.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0.###")), false, false); // one tick a decade
            log.setAutoTickUnitSelection(false);
            log.setMinorTickCount(9);
            log.setMinorTickMarksVisible(true);
            log.setRange(from / 1.15, to * 1.15);
            return log;
        }
        NumberAxis x = new NumberAxis(axis.label(unit));
        x.setAutoRangeIncludesZero(false);
        if (from < to) {
            double margin = 0.02 * (to - from);
            x.setRange(from - margin, to + margin);
        }
        return x;
    }

    /** Eigenvalue {@code rank} of each row's {@code values} (NaN where a row has fewer). */
    private static double[] ranked(List<PointSpectrum> walk, Function<PointSpectrum, double[]> values, int rank) {
        return walk.stream()
                .mapToDouble(r -> rank < values.apply(r).length ? values.apply(r)[rank] : Double.NaN)
                .toArray();
    }

    /** The colour of eigenvalue rank {@code rank} (0 = the largest) of {@code ranks}: viridis, dark to light. */
    static Color rankColor(int rank, int ranks) {
        return Viridis.color(0.1 + 0.75 * rank / Math.max(1, ranks - 1));
    }

    /** The colour of the smallest eigenvalue of rank {@code rank} ≥ 1 of {@code ranks}: lighter blues. */
    static Color lowColor(int rank, int ranks) {
        float f = 0.25f + 0.45f * (rank - 1) / Math.max(1, ranks - 2);
        return new Color(
                Math.round(MIN_E_COLOR.getRed() + f * (255 - MIN_E_COLOR.getRed())),
                Math.round(MIN_E_COLOR.getGreen() + f * (255 - MIN_E_COLOR.getGreen())),
                Math.round(MIN_E_COLOR.getBlue() + f * (255 - MIN_E_COLOR.getBlue())));
    }

    /**
     * Items grouped by "branch · seed s" of the spectrum each holds, in order of first appearance, each sorted by λ
     * (walking order).
     */
    static <T> Map<String, List<T>> walks(List<T> rows, Function<T, PointSpectrum> spectrum) {
        Map<String, List<T>> walks = new LinkedHashMap<>();
        for (T r : rows) {
            PointSpectrum s = spectrum.apply(r);
            walks.computeIfAbsent(s.branch().id() + " · seed " + s.seed(), k -> new ArrayList<>())
                    .add(r);
        }
        walks.values()
                .forEach(w ->
                        w.sort(Comparator.comparingDouble(r -> spectrum.apply(r).lambda())));
        return walks;
    }

    private static NumberAxis axis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        return axis;
    }

    private static LegendItemCollection legend(
            int ranks, int lowRanks, Set<Branch> branches, boolean transitions, SpectraAxis axis) {
        LegendItemCollection legend = new LegendItemCollection();
        if (ranks > 0) {
            legend.add(Series.lineItem("λ_max(∇²E)", rankColor(0, ranks), Series.LINE));
        }
        if (ranks > 1) {
            legend.add(
                    Series.lineItem(ranks == 2 ? "top 2" : "top 2–" + ranks, rankColor(ranks / 2, ranks), Series.LINE));
        }
        legend.add(Series.lineItem(MIN_E, MIN_E_COLOR, Series.LINE));
        if (lowRanks > 1) {
            legend.add(Series.lineItem(
                    lowRanks == 2 ? "bottom 2" : "bottom 2–" + lowRanks, lowColor(1, lowRanks), Series.THIN));
        }
        legend.add(Series.lineItem(SHIFT, BranchStyle.neutral(), Series.DASHED));
        legend.add(Series.lineItem(MIN_L, MIN_L_COLOR, Series.LINE));
        legend.add(Series.markerItem(SADDLE_LEGEND, SaddleStyle.COLOR, SaddleStyle.shape(2.6), true));
        if (branches.size() > 1 || branches.contains(Branch.COLD)) {
            for (Branch b : branches) {
                legend.add(Series.lineItem(b.id(), BranchStyle.neutral(), BranchStyle.stroke(b)));
            }
        }
        if (transitions) {
            legend.add(
                    axis == SpectraAxis.LAMBDA
                            ? Series.lineItem("transition", BranchStyle.neutral(), BranchStyle.transitionStroke())
                            : BranchStyle.gapItem("transition gap"));
        }
        return legend;
    }
}
