package io.phasescope.render.phase;

import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;

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
 * <p>Each chart is built by its own class ({@link MetricsChart}, {@link BranchesChart}, {@link ClassMultiplesChart},
 * {@link ClassHeatmapChart}) over a {@link DiagramLayout}; {@link SelectionMarks} moves the cursors.
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
    private final MetricsChart metricsVsLambda = new MetricsChart(MetricsChart.Against.LAMBDA);
    private final MetricsChart metricsVsNorm = new MetricsChart(MetricsChart.Against.NORM);
    private final BranchesChart branches = new BranchesChart();
    private final ClassMultiplesChart classMultiples = new ClassMultiplesChart();
    private final ClassHeatmapChart classHeatmap = new ClassHeatmapChart();
    private final SelectionMarks marks = new SelectionMarks();
    private ChartTheme theme;
    private PhaseDiagram shown;

    /** Empty charts in {@code theme}, with λ axes in λ. */
    public PhaseCharts(ChartTheme theme) {
        if (theme == null) {
            throw new IllegalArgumentException("theme must be given");
        }
        this.theme = theme;
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
        return metricsVsLambda.chart();
    }

    public JFreeChart metricsVsNorm() {
        return metricsVsNorm.chart();
    }

    public JFreeChart branches() {
        return branches.chart();
    }

    public JFreeChart classMultiples() {
        return classMultiples.chart();
    }

    public JFreeChart classHeatmap() {
        return classHeatmap.chart();
    }

    /** Every chart, in the order of this class's description. */
    public List<JFreeChart> all() {
        return List.of(metricsVsLambda(), metricsVsNorm(), branches(), classMultiples(), classHeatmap());
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
        all().forEach(c -> c.setNotify(false));
        if (diagram != null && diagram.sameDataAs(shown)) {
            shown = diagram;
            marks.show(diagram.selected());
            all().forEach(c -> c.setNotify(true));
            return;
        }
        shown = diagram;
        PhaseDiagram d = diagram != null ? diagram : PhaseDiagram.empty(List.of("0", "1"), LambdaUnit.LAMBDA);
        DiagramLayout layout = new DiagramLayout(d, diagram == null);
        marks.clear();
        metricsVsLambda.fill(layout, marks);
        metricsVsNorm.fill(layout, marks);
        branches.fill(layout, marks);
        classMultiples.fill(layout, marks);
        classHeatmap.fill(layout, marks);
        marks.show(d.selected());
        for (JFreeChart c : all()) {
            ChartStyler.apply(c, theme);
            c.setNotify(true);
        }
    }
}
