package io.phasescope.render.phase;

import io.phasescope.model.curvature.PlacedSpectrum;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import io.phasescope.render.PlotGrid;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The phase-diagram charts of a sweep, kept up to date from {@link PhaseDiagram}s:
 * <ul>
 * <li>{@link #metricsVsLambda()}: E_train, L_λ and E_test (nats) above, test accuracy below, against λ;
 * <li>{@link #metricsVsNorm()}: the same against ‖θ‖, each branch drawn in walking order;
 * <li>{@link #branches()}: test accuracy and ‖θ‖ of every branch and seed overlaid (the hysteresis loop);
 * <li>{@link #classMultiples()}: the test accuracy of each class against λ, one small plot per class;
 * <li>{@link #classHeatmap()}: class × λ heat maps of the per-class test accuracy, one strip per branch.
 * </ul>
 * Transitions are dashed vertical lines in their branch's colour (shaded ‖θ‖ gaps against ‖θ‖), probes
 * hollow diamonds, the selected point a grey cursor line and ring. Lines are styled by {@link BranchStyle}.
 * When the diagram has spectra, points where L_λ has a saddle (index ≥ 1) are marked in {@link SaddleStyle} on
 * the L_λ curve against λ and on the E_train curve against ‖θ‖ (series {@link #SADDLE}).
 *
 * <p>Not thread-safe: confine an instance and its charts to one thread (the UI thread when on screen).
 * Each {@link #update} redraws each chart once. The static builders make a one-off chart of a diagram.
 */
public final class PhaseCharts {

    /** Shown in an empty plot. */
    public static final String NO_DATA = "No sweep points yet";
    /** Series name of the training loss E. */
    public static final String E_TRAIN = "E_train";
    /** Series name of the regularized training objective L_λ = E + λ‖θ‖². */
    public static final String L_LAMBDA = "L_λ";
    /** Series name of the test loss. */
    public static final String E_TEST = "E_test";
    /** Series name of the test accuracy. */
    public static final String TEST_ACCURACY = "test accuracy";
    /** Series name of ‖θ‖. */
    public static final String NORM = "‖θ‖";
    /** Series and legend name of probes. */
    public static final String PROBE = "probe";
    /** Series name of the selected point. */
    public static final String SELECTED = "selected";
    /** Series (with " · branch · seed s") and legend name of the saddles of L_λ. */
    public static final String SADDLE = SaddleStyle.SADDLE_OF_L;
    /** Legend name of the transition lines. */
    public static final String TRANSITION = "transition";

    /** Label of every loss axis. */
    public static final String LOSS_LABEL = "loss (nats)";
    /** Label of every ‖θ‖ axis. */
    public static final String NORM_LABEL = "‖θ‖  (L2 norm of all weights and biases)";
    /** Label of every accuracy axis. */
    public static final String ACCURACY_LABEL = "test accuracy";

    static final Color L_LAMBDA_COLOR = Palette.REDDISH_PURPLE;
    static final Color ACCURACY_COLOR = Palette.BLUISH_GREEN;
    private static final Color HEATMAP_TRANSITION = new Color(255, 255, 255, 220);
    /** Series with more points than this are drawn as lines without markers. */
    private static final int MAX_MARKED_POINTS = 90;

    private static final Stroke LINE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke OUTLINE = new BasicStroke(1.8f);
    private static final Stroke CURSOR = new BasicStroke(1.2f);
    private static final Shape SADDLE_SHAPE = SaddleStyle.shape(3.4);

    private final JFreeChart metricsVsLambda;
    private final JFreeChart metricsVsNorm;
    private final JFreeChart branches;
    private final JFreeChart classMultiples;
    private final JFreeChart classHeatmap;
    private final CombinedDomainXYPlot lambdaStack;
    private final CombinedDomainXYPlot normStack;
    private final CombinedDomainXYPlot branchStack;
    private final CombinedDomainXYPlot heatmapStack;
    private final PlotGrid grid;
    private final XYPlot lossPlot;
    private final XYPlot accuracyPlot;
    private final XYPlot normLossPlot;
    private final XYPlot normAccuracyPlot;
    private final XYPlot branchAccuracyPlot;
    private final XYPlot branchNormPlot;
    /** The plots that show the selection, with how each places it (λ or ‖θ‖ of the selected point). */
    private final Map<XYPlot, ToDoubleFunction<SweepPoint>> cursorPlots = new IdentityHashMap<>();
    /** The plots whose ring marks the selected point, with its y value there. */
    private final Map<XYPlot, Ring> ringPlots = new IdentityHashMap<>();

    private final Map<XYPlot, Marker> cursors = new IdentityHashMap<>();
    private ChartTheme theme;
    private PhaseDiagram shown;

    /** Empty charts in {@code theme}, with λ axes in λ. */
    public PhaseCharts(ChartTheme theme) {
        if (theme == null) {
            throw new IllegalArgumentException("theme must be given");
        }
        this.theme = theme;
        lossPlot = plot(lossAxis());
        lossPlot.setNoDataMessage(NO_DATA);
        accuracyPlot = plot(accuracyAxis());
        lambdaStack = stack(new NumberAxis(LambdaUnit.LAMBDA.axisLabel()), lossPlot, 3, accuracyPlot, 2);
        metricsVsLambda = chart("Loss and accuracy vs λ", lambdaStack);

        normLossPlot = plot(lossAxis());
        normLossPlot.setNoDataMessage(NO_DATA);
        normAccuracyPlot = plot(accuracyAxis());
        NumberAxis normAxis = new NumberAxis(NORM_LABEL);
        normAxis.setAutoRangeIncludesZero(false);
        normStack = stack(normAxis, normLossPlot, 3, normAccuracyPlot, 2);
        metricsVsNorm = chart("Loss and accuracy vs ‖θ‖", normStack);

        branchAccuracyPlot = plot(accuracyAxis());
        branchAccuracyPlot.setNoDataMessage(NO_DATA);
        NumberAxis branchNormAxis = new NumberAxis(NORM);
        branchNormAxis.setAutoRangeIncludesZero(false);
        branchNormPlot = plot(branchNormAxis);
        branchStack = stack(new NumberAxis(LambdaUnit.LAMBDA.axisLabel()), branchAccuracyPlot, 3, branchNormPlot, 2);
        branches = chart("Branches and seeds", branchStack);

        grid = new PlotGrid(5);
        grid.setNoDataMessage(NO_DATA);
        classMultiples = chart("Test accuracy per class vs λ", grid);

        heatmapStack = new CombinedDomainXYPlot(heatmapDomainAxis(LambdaUnit.LAMBDA));
        heatmapStack.setGap(10);
        classHeatmap = chart("Test accuracy per class and λ", heatmapStack);
        classHeatmap.removeLegend();
        classHeatmap.addSubtitle(ClassStrips.accuracyLegend(ACCURACY_LABEL));

        update(null);
    }

    /** A one-off chart of {@code diagram}: losses and test accuracy against λ. */
    public static JFreeChart metricsVsLambda(PhaseDiagram diagram, ChartTheme theme) {
        return of(diagram, theme).metricsVsLambda();
    }

    /** A one-off chart of {@code diagram}: losses and test accuracy against ‖θ‖. */
    public static JFreeChart metricsVsNorm(PhaseDiagram diagram, ChartTheme theme) {
        return of(diagram, theme).metricsVsNorm();
    }

    /** A one-off chart of {@code diagram}: branches and seeds overlaid. */
    public static JFreeChart branches(PhaseDiagram diagram, ChartTheme theme) {
        return of(diagram, theme).branches();
    }

    /** A one-off chart of {@code diagram}: per-class accuracy small multiples. */
    public static JFreeChart classMultiples(PhaseDiagram diagram, ChartTheme theme) {
        return of(diagram, theme).classMultiples();
    }

    /** A one-off chart of {@code diagram}: class × λ heat map. */
    public static JFreeChart classHeatmap(PhaseDiagram diagram, ChartTheme theme) {
        return of(diagram, theme).classHeatmap();
    }

    private static PhaseCharts of(PhaseDiagram diagram, ChartTheme theme) {
        if (diagram == null) {
            throw new IllegalArgumentException("diagram must be given");
        }
        PhaseCharts charts = new PhaseCharts(theme);
        charts.update(diagram);
        return charts;
    }

    public JFreeChart metricsVsLambda() {
        return metricsVsLambda;
    }

    public JFreeChart metricsVsNorm() {
        return metricsVsNorm;
    }

    public JFreeChart branches() {
        return branches;
    }

    public JFreeChart classMultiples() {
        return classMultiples;
    }

    public JFreeChart classHeatmap() {
        return classHeatmap;
    }

    /** Every chart, in the order of this class's description. */
    public List<JFreeChart> all() {
        return List.of(metricsVsLambda, metricsVsNorm, branches, classMultiples, classHeatmap);
    }

    /** The diagram shown, or {@code null} before the first. */
    public PhaseDiagram shown() {
        return shown;
    }

    /** Restyles every chart. */
    public void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        all().forEach(c -> ChartStyler.apply(c, newTheme));
    }

    /**
     * Shows {@code diagram} ({@code null}: empty). When only the selection differs from the diagram shown,
     * only the cursors move.
     */
    public void update(PhaseDiagram diagram) {
        if (diagram != null && diagram.sameDataAs(shown)) {
            shown = diagram;
            for (JFreeChart c : all()) {
                c.setNotify(false);
            }
            showSelection(diagram.selected());
            for (JFreeChart c : all()) {
                c.setNotify(true);
            }
            return;
        }
        shown = diagram;
        PhaseDiagram d = diagram != null ? diagram : PhaseDiagram.empty(List.of("0", "1"), LambdaUnit.LAMBDA);
        Layout layout = new Layout(d, diagram == null);
        for (JFreeChart c : all()) {
            c.setNotify(false);
        }
        cursorPlots.clear();
        ringPlots.clear();
        cursors.clear();
        fillMetrics(layout);
        fillNorm(layout);
        fillBranches(layout);
        fillMultiples(layout);
        fillHeatmap(layout);
        showSelection(d.selected());
        for (JFreeChart c : all()) {
            ChartStyler.apply(c, theme);
            c.setNotify(true);
        }
    }

    // ---- the five charts ----

    private void fillMetrics(Layout l) {
        LambdaUnit unit = l.diagram.unit();
        lambdaStack.getDomainAxis().setLabel(unit.axisLabel());
        metricsVsLambda.setTitle("Loss and accuracy vs " + unit.symbol());
        List<Curve> losses = new ArrayList<>();
        List<Curve> accuracies = new ArrayList<>();
        List<Curve> lossProbes = new ArrayList<>();
        List<Curve> accuracyProbes = new ArrayList<>();
        for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
            List<SweepPoint> points = e.getValue();
            Branch branch = points.get(0).branch();
            int rank = l.seedRank(points.get(0).seed());
            Stroke stroke = BranchStyle.stroke(branch);
            Shape shape = BranchStyle.shape(rank);
            String suffix = " · " + e.getKey();
            losses.add(curve(E_TRAIN + suffix, Palette.TRAIN, stroke, shape, points, l::x, SweepPoint::trainLoss));
            losses.add(curve(L_LAMBDA + suffix, L_LAMBDA_COLOR, stroke, shape, points, l::x, SweepPoint::regLoss));
            losses.add(curve(E_TEST + suffix, Palette.TEST, stroke, shape, points, l::x, SweepPoint::testLoss));
            accuracies.add(curve(
                    TEST_ACCURACY + suffix, ACCURACY_COLOR, stroke, shape, points, l::x, SweepPoint::testAccuracy));
        }
        if (!l.diagram.probes().isEmpty()) {
            List<SweepPoint> probes = l.diagram.probes();
            Shape diamond = BranchStyle.probeShape();
            lossProbes.add(
                    curve(E_TRAIN + " · " + PROBE, Palette.TRAIN, LINE, diamond, probes, l::x, SweepPoint::trainLoss));
            lossProbes.add(
                    curve(L_LAMBDA + " · " + PROBE, L_LAMBDA_COLOR, LINE, diamond, probes, l::x, SweepPoint::regLoss));
            lossProbes.add(
                    curve(E_TEST + " · " + PROBE, Palette.TEST, LINE, diamond, probes, l::x, SweepPoint::testLoss));
            accuracyProbes.add(curve(
                    TEST_ACCURACY + " · " + PROBE,
                    ACCURACY_COLOR,
                    LINE,
                    diamond,
                    probes,
                    l::x,
                    SweepPoint::testAccuracy));
        }
        setLines(lossPlot, losses, true);
        setProbes(lossPlot, lossProbes);
        setLines(accuracyPlot, accuracies, true);
        setProbes(accuracyPlot, accuracyProbes);
        setSaddles(lossPlot, l, l::x, SweepPoint::regLoss);
        for (XYPlot p : List.of(lossPlot, accuracyPlot)) {
            transitionLines(p, l, l.diagram.transitions());
            cursorPlots.put(p, s -> unit.of(s.lambda()));
        }
        ringPlots.put(accuracyPlot, new Ring(s -> unit.of(s.lambda()), SweepPoint::testAccuracy));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(lineItem(E_TRAIN, Palette.TRAIN, LINE));
        legend.add(lineItem(L_LAMBDA + " = E + λ‖θ‖²", L_LAMBDA_COLOR, LINE));
        legend.add(lineItem(E_TEST, Palette.TEST, LINE));
        legend.add(lineItem(TEST_ACCURACY, ACCURACY_COLOR, LINE));
        saddleLegend(legend, l);
        styleLegend(legend, l);
        lambdaStack.setFixedLegendItems(legend);
    }

    private void fillNorm(Layout l) {
        List<Curve> losses = new ArrayList<>();
        List<Curve> accuracies = new ArrayList<>();
        for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
            List<SweepPoint> points = e.getValue();
            Branch branch = points.get(0).branch();
            Stroke stroke = BranchStyle.stroke(branch);
            Shape shape = BranchStyle.shape(l.seedRank(points.get(0).seed()));
            String suffix = " · " + e.getKey();
            losses.add(curve(
                    E_TRAIN + suffix, Palette.TRAIN, stroke, shape, points, SweepPoint::norm, SweepPoint::trainLoss));
            losses.add(curve(
                    E_TEST + suffix, Palette.TEST, stroke, shape, points, SweepPoint::norm, SweepPoint::testLoss));
            accuracies.add(curve(
                    TEST_ACCURACY + suffix,
                    ACCURACY_COLOR,
                    stroke,
                    shape,
                    points,
                    SweepPoint::norm,
                    SweepPoint::testAccuracy));
        }
        List<Curve> lossProbes = new ArrayList<>();
        List<Curve> accuracyProbes = new ArrayList<>();
        if (!l.diagram.probes().isEmpty()) {
            List<SweepPoint> probes = l.diagram.probes();
            Shape diamond = BranchStyle.probeShape();
            lossProbes.add(curve(
                    E_TRAIN + " · " + PROBE,
                    Palette.TRAIN,
                    LINE,
                    diamond,
                    probes,
                    SweepPoint::norm,
                    SweepPoint::trainLoss));
            lossProbes.add(curve(
                    E_TEST + " · " + PROBE,
                    Palette.TEST,
                    LINE,
                    diamond,
                    probes,
                    SweepPoint::norm,
                    SweepPoint::testLoss));
            accuracyProbes.add(curve(
                    TEST_ACCURACY + " · " + PROBE,
                    ACCURACY_COLOR,
                    LINE,
                    diamond,
                    probes,
                    SweepPoint::norm,
                    SweepPoint::testAccuracy));
        }
        setLines(normLossPlot, losses, false);
        setProbes(normLossPlot, lossProbes);
        setLines(normAccuracyPlot, accuracies, false);
        setProbes(normAccuracyPlot, accuracyProbes);
        setSaddles(normLossPlot, l, SweepPoint::norm, SweepPoint::trainLoss);
        for (XYPlot p : List.of(normLossPlot, normAccuracyPlot)) {
            p.clearDomainMarkers();
            for (Transition t : l.diagram.transitions()) {
                Color paint = BranchStyle.paint(t.branch(), l.seedRank(t.seed()));
                IntervalMarker gap = new IntervalMarker(
                        Math.min(t.normBefore(), t.normAfter()),
                        Math.max(t.normBefore(), t.normAfter()),
                        Palette.withAlpha(paint, 0.12));
                gap.setOutlinePaint(null);
                p.addDomainMarker(gap, Layer.BACKGROUND);
            }
            cursorPlots.put(p, SweepPoint::norm);
        }
        ringPlots.put(normAccuracyPlot, new Ring(SweepPoint::norm, SweepPoint::testAccuracy));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(lineItem(E_TRAIN, Palette.TRAIN, LINE));
        legend.add(lineItem(E_TEST, Palette.TEST, LINE));
        legend.add(lineItem(TEST_ACCURACY, ACCURACY_COLOR, LINE));
        saddleLegend(legend, l);
        styleLegend(legend, l);
        if (!l.diagram.transitions().isEmpty()) {
            legend.add(new LegendItem(
                    "‖θ‖ gap of a transition",
                    null,
                    null,
                    null,
                    new Rectangle2D.Double(-6, -5, 12, 10),
                    Palette.withAlpha(BranchStyle.neutral(), 0.3)));
        }
        normStack.setFixedLegendItems(legend);
    }

    private void fillBranches(Layout l) {
        LambdaUnit unit = l.diagram.unit();
        branchStack.getDomainAxis().setLabel(unit.axisLabel());
        boolean loop = l.branchTypes.contains(Branch.UP) && l.branchTypes.contains(Branch.DOWN);
        branches.setTitle(
                loop
                        ? "Hysteresis: up and down branches vs " + unit.symbol()
                        : "Branches and seeds vs " + unit.symbol());
        List<Curve> accuracies = new ArrayList<>();
        List<Curve> norms = new ArrayList<>();
        LegendItemCollection legend = new LegendItemCollection();
        for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
            List<SweepPoint> points = e.getValue();
            Branch branch = points.get(0).branch();
            int rank = l.seedRank(points.get(0).seed());
            Color paint = BranchStyle.paint(branch, rank);
            Stroke stroke = BranchStyle.stroke(branch);
            Shape shape = BranchStyle.shape(rank);
            accuracies.add(curve(
                    TEST_ACCURACY + " · " + e.getKey(), paint, stroke, shape, points, l::x, SweepPoint::testAccuracy));
            norms.add(curve(NORM + " · " + e.getKey(), paint, stroke, shape, points, l::x, SweepPoint::norm));
            LegendItem item = lineItem(e.getKey(), paint, stroke);
            item.setShape(shape);
            item.setShapeVisible(true);
            legend.add(item);
        }
        List<Curve> accuracyProbes = new ArrayList<>();
        List<Curve> normProbes = new ArrayList<>();
        for (Map.Entry<String, List<SweepPoint>> e : l.probesByBranch().entrySet()) {
            SweepPoint first = e.getValue().get(0);
            Color paint = BranchStyle.paint(first.branch(), l.seedRank(first.seed()));
            accuracyProbes.add(curve(
                    TEST_ACCURACY + " · " + PROBE + " · " + e.getKey(),
                    paint,
                    LINE,
                    BranchStyle.probeShape(),
                    e.getValue(),
                    l::x,
                    SweepPoint::testAccuracy));
            normProbes.add(curve(
                    NORM + " · " + PROBE + " · " + e.getKey(),
                    paint,
                    LINE,
                    BranchStyle.probeShape(),
                    e.getValue(),
                    l::x,
                    SweepPoint::norm));
        }
        setLines(branchAccuracyPlot, accuracies, true);
        setProbes(branchAccuracyPlot, accuracyProbes);
        setLines(branchNormPlot, norms, true);
        setProbes(branchNormPlot, normProbes);
        for (XYPlot p : List.of(branchAccuracyPlot, branchNormPlot)) {
            transitionLines(p, l, l.diagram.transitions());
            cursorPlots.put(p, s -> unit.of(s.lambda()));
        }
        ringPlots.put(branchAccuracyPlot, new Ring(s -> unit.of(s.lambda()), SweepPoint::testAccuracy));
        ringPlots.put(branchNormPlot, new Ring(s -> unit.of(s.lambda()), SweepPoint::norm));
        extras(legend, l);
        branchStack.setFixedLegendItems(legend);
    }

    private void fillMultiples(Layout l) {
        LambdaUnit unit = l.diagram.unit();
        classMultiples.setTitle("Test accuracy per class vs " + unit.symbol());
        int classes = l.diagram.classNames().size();
        int columns = Math.min(5, classes);
        grid.setColumns(columns);
        List<XYPlot> cells = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        if (!l.empty) {
            int rows = (classes + columns - 1) / columns;
            for (int c = 0; c < classes; c++) {
                int cls = c;
                boolean bottom = c / columns == rows - 1 || c + columns >= classes;
                boolean left = c % columns == 0;
                NumberAxis x = new NumberAxis(bottom ? unit.symbol() : null);
                x.setAutoRangeIncludesZero(false);
                x.setTickLabelsVisible(bottom);
                NumberAxis y = accuracyAxis();
                y.setLabel(left ? "accuracy" : null);
                y.setTickLabelsVisible(left);
                y.setTickUnit(new NumberTickUnit(0.5));
                XYPlot cell = new XYPlot(null, x, y, null);
                List<Curve> curves = new ArrayList<>();
                for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
                    List<SweepPoint> points = e.getValue();
                    Branch branch = points.get(0).branch();
                    int rank = l.seedRank(points.get(0).seed());
                    curves.add(curve(
                            "class " + l.diagram.classNames().get(c) + " · " + e.getKey(),
                            BranchStyle.paint(branch, rank),
                            BranchStyle.stroke(branch, 1.4f),
                            BranchStyle.shape(rank),
                            points,
                            l::x,
                            p -> p.perClassAccuracy()[cls]));
                }
                setLines(cell, curves, true);
                for (int s = 0; s < curves.size(); s++) {
                    ((XYLineAndShapeRenderer) cell.getRenderer(0)).setSeriesShapesVisible(s, false);
                }
                List<Curve> probes = new ArrayList<>();
                for (Map.Entry<String, List<SweepPoint>> e : l.probesByBranch().entrySet()) {
                    SweepPoint first = e.getValue().get(0);
                    probes.add(curve(
                            "class " + l.diagram.classNames().get(c) + " · " + PROBE + " · " + e.getKey(),
                            BranchStyle.paint(first.branch(), l.seedRank(first.seed())),
                            LINE,
                            BranchStyle.probeShape(),
                            e.getValue(),
                            l::x,
                            p -> p.perClassAccuracy()[cls]));
                }
                setProbes(cell, probes);
                transitionLines(cell, l, l.diagram.transitions());
                cursorPlots.put(cell, s -> unit.of(s.lambda()));
                ringPlots.put(cell, new Ring(s -> unit.of(s.lambda()), s -> s.perClassAccuracy()[cls]));
                cells.add(cell);
                titles.add(classTitle(l.diagram.classNames().get(c)));
            }
        }
        grid.setCells(cells, titles);
        LegendItemCollection legend = new LegendItemCollection();
        for (Map.Entry<String, List<SweepPoint>> e : l.branches.entrySet()) {
            SweepPoint first = e.getValue().get(0);
            int rank = l.seedRank(first.seed());
            LegendItem item =
                    lineItem(e.getKey(), BranchStyle.paint(first.branch(), rank), BranchStyle.stroke(first.branch()));
            legend.add(item);
        }
        extras(legend, l);
        grid.setLegendItems(legend);
    }

    private void fillHeatmap(Layout l) {
        LambdaUnit unit = l.diagram.unit();
        classHeatmap.setTitle("Test accuracy per class and " + unit.symbol());
        for (XYPlot old : List.copyOf(subplots(heatmapStack))) {
            heatmapStack.remove(old);
        }
        heatmapStack.getDomainAxis().setLabel(unit.axisLabel());
        List<String> names = l.diagram.classNames();
        double width = l.blockWidth();
        Map<Branch, List<SweepPoint>> byBranch = new LinkedHashMap<>();
        for (List<SweepPoint> points : l.branches.values()) {
            byBranch.computeIfAbsent(points.get(0).branch(), b -> new ArrayList<>())
                    .addAll(points);
        }
        if (byBranch.isEmpty()) {
            XYPlot empty = ClassStrips.plot(names, "class", new DefaultXYZDataset(), width);
            empty.setNoDataMessage(NO_DATA);
            heatmapStack.add(empty);
            return;
        }
        for (Map.Entry<Branch, List<SweepPoint>> e : byBranch.entrySet()) {
            DefaultXYZDataset data = new DefaultXYZDataset();
            data.addSeries(e.getKey().id(), meanPerClass(e.getValue(), names.size(), unit));
            XYPlot strip = ClassStrips.plot(names, e.getKey().id() + " · class", data, width);
            for (Transition t : l.diagram.transitions()) {
                if (t.branch() == e.getKey()) {
                    ValueMarker line =
                            new ValueMarker(unit.of(t.lambdaC()), HEATMAP_TRANSITION, BranchStyle.transitionStroke());
                    strip.addDomainMarker(line, Layer.FOREGROUND);
                }
            }
            cursorPlots.put(strip, s -> unit.of(s.lambda()));
            heatmapStack.add(strip);
        }
    }

    // ---- selection ----

    private void showSelection(SweepPoint selected) {
        for (Map.Entry<XYPlot, ToDoubleFunction<SweepPoint>> e : cursorPlots.entrySet()) {
            XYPlot plot = e.getKey();
            Marker old = cursors.remove(plot);
            if (old != null) {
                plot.removeDomainMarker(0, old, Layer.FOREGROUND, true);
            }
            if (selected != null) {
                double at = e.getValue().applyAsDouble(selected);
                ValueMarker cursor = new ValueMarker(at, BranchStyle.neutral(), CURSOR);
                plot.addDomainMarker(0, cursor, Layer.FOREGROUND, true);
                cursors.put(plot, cursor);
            }
        }
        for (Map.Entry<XYPlot, Ring> e : ringPlots.entrySet()) {
            XYSeriesCollection ring = new XYSeriesCollection();
            XYSeries series = new XYSeries(SELECTED, false, true);
            if (selected != null) {
                series.add(
                        e.getValue().x.applyAsDouble(selected), e.getValue().y.applyAsDouble(selected));
            }
            ring.addSeries(series);
            XYLineAndShapeRenderer renderer = markerRenderer();
            renderer.setSeriesPaint(0, BranchStyle.neutral());
            renderer.setSeriesShape(0, BranchStyle.selectedShape());
            renderer.setSeriesShapesFilled(0, false);
            renderer.setSeriesOutlineStroke(0, new BasicStroke(2.2f));
            e.getKey().setRenderer(2, renderer, false);
            e.getKey().setDataset(2, ring);
        }
    }

    // ---- building blocks ----

    /** One line or set of markers: a series name, its look and its points. */
    private record Curve(String key, Color paint, Stroke stroke, Shape shape, double[] x, double[] y) {}

    /** Where the selected point sits in a plot. */
    private record Ring(ToDoubleFunction<SweepPoint> x, ToDoubleFunction<SweepPoint> y) {}

    private static Curve curve(
            String key,
            Color paint,
            Stroke stroke,
            Shape shape,
            List<SweepPoint> points,
            ToDoubleFunction<SweepPoint> x,
            ToDoubleFunction<SweepPoint> y) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = x.applyAsDouble(points.get(i));
            ys[i] = y.applyAsDouble(points.get(i));
        }
        return new Curve(key, paint, stroke, shape, xs, ys);
    }

    /** Dataset 0 of {@code plot}: lines (sorted by x when {@code sorted}, else in walking order). */
    private static void setLines(XYPlot plot, List<Curve> curves, boolean sorted) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        ChartStyler.keepSeriesStyles(renderer);
        for (int s = 0; s < curves.size(); s++) {
            Curve c = curves.get(s);
            data.addSeries(series(c, sorted));
            renderer.setSeriesPaint(s, c.paint());
            renderer.setSeriesStroke(s, c.stroke());
            renderer.setSeriesShape(s, c.shape());
            renderer.setSeriesShapesVisible(s, c.x().length <= MAX_MARKED_POINTS);
        }
        plot.setRenderer(0, renderer, false);
        plot.setDataset(0, data);
    }

    /** Dataset 1 of {@code plot}: probes, as hollow markers without lines. */
    private static void setProbes(XYPlot plot, List<Curve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = markerRenderer();
        for (int s = 0; s < curves.size(); s++) {
            Curve c = curves.get(s);
            data.addSeries(series(c, true));
            renderer.setSeriesPaint(s, c.paint());
            renderer.setSeriesShape(s, c.shape());
            renderer.setSeriesShapesFilled(s, false);
            renderer.setSeriesOutlineStroke(s, OUTLINE);
        }
        plot.setRenderer(1, renderer, false);
        plot.setDataset(1, data);
    }

    /** Dataset 3 of {@code plot}: the saddles of L_λ of each walk, filled markers at (x, y) of their points. */
    private static void setSaddles(
            XYPlot plot, Layout l, ToDoubleFunction<SweepPoint> x, ToDoubleFunction<SweepPoint> y) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = markerRenderer();
        for (Map.Entry<String, List<SweepPoint>> e : l.saddles.entrySet()) {
            int s = data.getSeriesCount();
            data.addSeries(series(
                    curve(SADDLE + " · " + e.getKey(), SaddleStyle.COLOR, LINE, SADDLE_SHAPE, e.getValue(), x, y),
                    false));
            renderer.setSeriesPaint(s, SaddleStyle.COLOR);
            renderer.setSeriesShape(s, SADDLE_SHAPE);
            renderer.setSeriesShapesFilled(s, true);
        }
        plot.setRenderer(3, renderer, false);
        plot.setDataset(3, data);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    private static void saddleLegend(LegendItemCollection legend, Layout l) {
        if (!l.saddles.isEmpty()) {
            legend.add(new LegendItem(SADDLE, null, null, null, SADDLE_SHAPE, SaddleStyle.COLOR));
        }
    }

    private static XYLineAndShapeRenderer markerRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        ChartStyler.keepSeriesStyles(renderer);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        return renderer;
    }

    private static XYSeries series(Curve c, boolean sorted) {
        XYSeries series = new XYSeries(c.key(), sorted, true);
        for (int i = 0; i < c.x().length; i++) {
            series.add(c.x()[i], Double.isNaN(c.y()[i]) ? null : c.y()[i], false);
        }
        return series;
    }

    private static void transitionLines(XYPlot plot, Layout l, List<Transition> transitions) {
        plot.clearDomainMarkers();
        for (Transition t : transitions) {
            Color paint = BranchStyle.paint(t.branch(), l.seedRank(t.seed()));
            plot.addDomainMarker(
                    new ValueMarker(
                            l.diagram.unit().of(t.lambdaC()),
                            Palette.withAlpha(paint, 0.85),
                            t.kind() == TransitionKind.PARTIAL
                                    ? BranchStyle.partialTransitionStroke()
                                    : BranchStyle.transitionStroke()),
                    Layer.BACKGROUND);
        }
    }

    /** The grid points of one branch averaged over seeds, per grid λ: rows x (in {@code unit}), class, accuracy. */
    private static double[][] meanPerClass(List<SweepPoint> points, int classes, LambdaUnit unit) {
        TreeMap<Double, double[]> sums = new TreeMap<>();
        for (SweepPoint p : points) {
            double[] sum = sums.computeIfAbsent(p.lambda(), k -> new double[classes + 1]);
            for (int c = 0; c < classes; c++) {
                sum[c] += p.perClassAccuracy()[c];
            }
            sum[classes]++;
        }
        int n = sums.size() * classes;
        double[][] xyz = new double[3][n];
        int i = 0;
        for (Map.Entry<Double, double[]> e : sums.entrySet()) {
            double[] sum = e.getValue();
            for (int c = 0; c < classes; c++) {
                xyz[0][i] = unit.of(e.getKey());
                xyz[1][i] = c;
                xyz[2][i] = sum[c] / sum[classes];
                i++;
            }
        }
        return xyz;
    }

    private static NumberAxis heatmapDomainAxis(LambdaUnit unit) {
        NumberAxis axis = new NumberAxis(unit.axisLabel());
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    private static List<XYPlot> subplots(CombinedDomainXYPlot stack) {
        return stack.getSubplots();
    }

    private static XYPlot plot(NumberAxis range) {
        XYPlot plot = new XYPlot(null, null, range, null);
        plot.setDomainPannable(false);
        return plot;
    }

    private static CombinedDomainXYPlot stack(
            NumberAxis domain, XYPlot top, int topWeight, XYPlot bottom, int bottomWeight) {
        domain.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot stack = new CombinedDomainXYPlot(domain);
        stack.setGap(8);
        stack.add(top, topWeight);
        stack.add(bottom, bottomWeight);
        return stack;
    }

    private JFreeChart chart(String title, Plot plot) {
        return ChartStyler.apply(new JFreeChart(title, plot), theme);
    }

    private static NumberAxis lossAxis() {
        NumberAxis axis = new NumberAxis(LOSS_LABEL);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    private static NumberAxis accuracyAxis() {
        NumberAxis axis = new NumberAxis(ACCURACY_LABEL);
        axis.setRange(0, 1.02);
        axis.setTickUnit(new NumberTickUnit(0.25));
        axis.setNumberFormatOverride(ChartStyler.percent());
        return axis;
    }

    private static String classTitle(String name) {
        return name.length() <= 2 ? "class " + name : name;
    }

    /** Legend entries for the branch line styles, seed markers, probes and transitions present. */
    private static void styleLegend(LegendItemCollection legend, Layout l) {
        if (l.branchTypes.size() > 1 || l.branchTypes.contains(Branch.COLD)) {
            for (Branch b : l.branchTypes) {
                legend.add(lineItem(b.id(), BranchStyle.neutral(), BranchStyle.stroke(b)));
            }
        }
        if (l.seeds.size() > 1) {
            int rank = 0;
            for (long seed : l.seeds) {
                legend.add(new LegendItem(
                        "seed " + seed, null, null, null, BranchStyle.shape(rank++), BranchStyle.neutral()));
            }
        }
        extras(legend, l);
    }

    private static void extras(LegendItemCollection legend, Layout l) {
        if (!l.diagram.probes().isEmpty()) {
            LegendItem probe = new LegendItem(
                    PROBE,
                    null,
                    null,
                    null,
                    true,
                    BranchStyle.probeShape(),
                    false,
                    BranchStyle.neutral(),
                    true,
                    BranchStyle.neutral(),
                    OUTLINE,
                    false,
                    new Line2D.Double(),
                    LINE,
                    BranchStyle.neutral());
            legend.add(probe);
        }
        if (!l.diagram.transitions().isEmpty()) {
            legend.add(lineItem(TRANSITION, BranchStyle.neutral(), BranchStyle.transitionStroke()));
        }
    }

    private static LegendItem lineItem(String label, Color paint, Stroke stroke) {
        return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, paint);
    }

    /** The diagram's points grouped for drawing. */
    private static final class Layout {
        final PhaseDiagram diagram;
        final boolean empty;
        /** Grid points by "branch · seed s", each in walking order. */
        final Map<String, List<SweepPoint>> branches = new LinkedHashMap<>();

        final Set<Branch> branchTypes = EnumSet.noneOf(Branch.class);
        final TreeSet<Long> seeds = new TreeSet<>();
        /** The grid points where L_λ has a saddle (index ≥ 1 in the spectra), by "branch · seed s". */
        final Map<String, List<SweepPoint>> saddles = new LinkedHashMap<>();

        Layout(PhaseDiagram diagram, boolean empty) {
            this.diagram = diagram;
            this.empty = empty;
            SweepAnalysis.branches(diagram.points())
                    .forEach((key, points) -> branches.put(label(points.get(0)), points));
            for (SweepPoint p : diagram.points()) {
                branchTypes.add(p.branch());
                seeds.add(p.seed());
            }
            for (SweepPoint p : diagram.probes()) {
                seeds.add(p.seed());
            }
            for (Transition t : diagram.transitions()) {
                seeds.add(t.seed());
            }
            for (PlacedSpectrum s : PlacedSpectrum.join(diagram.spectra(), diagram.points())) {
                if (s.point() != null && s.spectrum().index() > 0) {
                    saddles.computeIfAbsent(label(s.point()), k -> new ArrayList<>())
                            .add(s.point());
                }
            }
        }

        double x(SweepPoint p) {
            return diagram.unit().of(p.lambda());
        }

        int seedRank(long seed) {
            return seeds.headSet(seed).size();
        }

        Map<String, List<SweepPoint>> probesByBranch() {
            Map<String, List<SweepPoint>> probes = new LinkedHashMap<>();
            for (SweepPoint p : diagram.probes()) {
                probes.computeIfAbsent(label(p), k -> new ArrayList<>()).add(p);
            }
            return probes;
        }

        /** The smallest spacing of neighbouring grid λ values, in the diagram's unit. */
        double blockWidth() {
            TreeSet<Double> xs = new TreeSet<>();
            for (SweepPoint p : diagram.points()) {
                if (p.index() >= 0) {
                    xs.add(x(p));
                }
            }
            double width = Double.POSITIVE_INFINITY;
            Double previous = null;
            for (double x : xs) {
                if (previous != null && x - previous > 0) {
                    width = Math.min(width, x - previous);
                }
                previous = x;
            }
            if (Double.isInfinite(width)) {
                return xs.isEmpty() ? 1 : Math.max(Math.abs(xs.first()) * 0.1, 1e-6);
            }
            return width;
        }

        static String label(SweepPoint p) {
            return p.branch().id() + " · seed " + p.seed();
        }
    }
}
