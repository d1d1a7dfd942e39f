package io.phasescope.render.curvature;

import io.phasescope.model.toy.DeepLinearToy;
import io.phasescope.model.toy.ToyDiagram;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.Palette;
import io.phasescope.render.phase.BranchStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Charts of a {@link DeepLinearToy} (Ziyin and Ueda's scalar deep linear network): its phase diagram — ‖w‖ of
 * the non-zero minimum, the saddle and the origin against λ, with the paths taken by raising λ from a trained
 * network (up) and lowering it from the origin (down), λ_c and the fold — and the loss along the balanced
 * direction at one λ, where the minimum and the saddle can be watched to merge. Minima are filled markers,
 * saddles hollow; the non-zero minimum is green, the saddle vermillion, the origin grey.
 */
public final class ToyCharts {

    /** Label of every ‖w‖ axis. */
    public static final String NORM_LABEL = "‖w‖  (norm of the weights)";
    /** Label of the loss axis of the profile. */
    public static final String LOSS_LABEL = "L_λ  (loss)";
    /** Series name of the non-zero minimum. */
    public static final String MINIMUM = "minimum";
    /** Series name of the non-zero saddle. */
    public static final String SADDLE = "saddle";
    /** Series name of the origin where it is a minimum. */
    public static final String ORIGIN_MINIMUM = "origin (minimum)";
    /** Series name of the origin where it is a saddle. */
    public static final String ORIGIN_SADDLE = "origin (saddle)";
    /** Series name of the path taken while λ rises. */
    public static final String UP = "λ rising";
    /** Series name of the path taken while λ falls. */
    public static final String DOWN = "λ falling";

    static final Color MINIMUM_COLOR = Palette.BLUISH_GREEN;
    static final Color SADDLE_COLOR = Palette.VERMILLION;
    static final Color ORIGIN_COLOR = BranchStyle.neutral();
    private static final Stroke UP_BAND = new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DOWN_BAND = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final int PROFILE_POINTS = 241;
    /** The toys' λ axis: Phasescope's L2 strength (weight decay β = 2λ). */
    private static final String LAMBDA_LABEL = "λ  (L2 strength; β = 2λ)";

    private ToyCharts() {}

    /**
     * The phase diagram of {@code toy} on {@code diagram}'s λ grid, with a cursor and the stationary points at
     * {@code cursor} (NaN: none).
     */
    public static JFreeChart diagram(DeepLinearToy toy, ToyDiagram diagram, double cursor, ChartTheme theme) {
        if (toy == null || diagram == null || theme == null || diagram.lambda().length < 2) {
            throw new IllegalArgumentException("need a toy, a diagram of at least two λ values and a theme");
        }
        int[] order = IntStream.range(0, diagram.lambda().length)
                .boxed()
                .sorted(Comparator.comparingDouble(k -> diagram.lambda()[k]))
                .mapToInt(Integer::intValue)
                .toArray();
        double[] x = pick(diagram.lambda(), order);
        double[] curvature = pick(diagram.trivialCurvature(), order);
        double[] originMinimum = new double[x.length];
        double[] originSaddle = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            originMinimum[k] = curvature[k] >= 0 ? 0 : Double.NaN;
            originSaddle[k] = curvature[k] <= 0 ? 0 : Double.NaN;
        }
        double fold = diagram.foldLambda();
        double originTurns = zeroOf(x, curvature);
        double[][] up = withJump(x, pick(diagram.upNorm(), order), fold, branchNorm(toy, fold));
        double[][] down = withJump(x, pick(diagram.downNorm(), order), originTurns, branchNorm(toy, originTurns));

        XYPlot plot = new XYPlot(null, new NumberAxis(LAMBDA_LABEL), new NumberAxis(NORM_LABEL), null);
        stationaryPoints(toy, cursor, true).into(plot, 0);
        Series.lines()
                .add(MINIMUM, x, pick(diagram.minimumNorm(), order), MINIMUM_COLOR, Series.LINE, null, false)
                .add(SADDLE, x, pick(diagram.saddleNorm(), order), SADDLE_COLOR, Series.DOTTED, null, false)
                .add(ORIGIN_MINIMUM, x, originMinimum, ORIGIN_COLOR, Series.LINE, null, false)
                .add(ORIGIN_SADDLE, x, originSaddle, ORIGIN_COLOR, Series.DOTTED, null, false)
                .into(plot, 1);
        Series.lines()
                .add(DOWN, down[0], down[1], Palette.withAlpha(Palette.ORANGE, 0.55), DOWN_BAND, null, false)
                .add(UP, up[0], up[1], Palette.withAlpha(Palette.BLUE, 0.28), UP_BAND, null, false)
                .into(plot, 2);
        boolean firstOrder = fold > diagram.criticalLambda();
        plot.addDomainMarker(
                label(new ValueMarker(diagram.criticalLambda()), "λ_c", !firstOrder, theme), Layer.BACKGROUND);
        if (firstOrder) {
            plot.addDomainMarker(label(new ValueMarker(fold), "fold", true, theme), Layer.BACKGROUND);
        }
        if (Double.isFinite(cursor)) {
            plot.addDomainMarker(
                    new ValueMarker(cursor, Palette.withAlpha(theme.text(), 0.6), Series.THIN), Layer.FOREGROUND);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Series.lineItem(MINIMUM, MINIMUM_COLOR, Series.LINE));
        legend.add(Series.lineItem(SADDLE, SADDLE_COLOR, Series.DOTTED));
        legend.add(Series.lineItem("origin", ORIGIN_COLOR, Series.LINE));
        legend.add(Series.lineItem(UP, Palette.withAlpha(Palette.BLUE, 0.4), DOWN_BAND));
        legend.add(Series.lineItem(DOWN, Palette.withAlpha(Palette.ORANGE, 0.7), DOWN_BAND));
        plot.setFixedLegendItems(legend);
        String title = "Depth " + toy.depth() + (firstOrder ? ": a first-order jump" : ": a continuous transition");
        return ChartStyler.apply(new JFreeChart(title, plot), theme);
    }

    /**
     * L_λ of {@code toy} along the balanced direction w_1 = … = w_D = w ≥ 0 at {@code lambda}, against ‖w‖, up to
     * 1.25 times the norm of the λ = 0 minimum, with its stationary points marked.
     */
    public static JFreeChart profile(DeepLinearToy toy, double lambda, ChartTheme theme) {
        if (toy == null || theme == null || !(lambda >= 0)) {
            throw new IllegalArgumentException(
                    "need a toy, λ >= 0 and a theme, were " + toy + ", " + lambda + ", " + theme);
        }
        double wMax = 1.25 * Math.pow(toy.strength(), 1.0 / toy.depth());
        double[] norms = new double[PROFILE_POINTS];
        double[] losses = new double[PROFILE_POINTS];
        for (int i = 0; i < PROFILE_POINTS; i++) {
            double w = wMax * i / (PROFILE_POINTS - 1);
            norms[i] = toy.norm(w);
            losses[i] = toy.balancedLoss(w, lambda);
        }
        XYPlot plot = new XYPlot(null, new NumberAxis(NORM_LABEL), new NumberAxis(LOSS_LABEL), null);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        stationaryPoints(toy, lambda, false).into(plot, 0);
        Series.lines()
                .add("L_λ", norms, losses, theme.text(), Series.LINE, null, false)
                .into(plot, 1);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Series.markerItem("minimum", MINIMUM_COLOR, Series.circle(5), true));
        legend.add(Series.markerItem("saddle", SADDLE_COLOR, Series.circle(5), false));
        legend.add(Series.markerItem("origin", ORIGIN_COLOR, Series.circle(5), true));
        plot.setFixedLegendItems(legend);
        String title = "Depth " + toy.depth() + ": L_λ at λ = " + Numbers.significant(lambda, 3) + ", all |w_i| equal";
        return ChartStyler.apply(new JFreeChart(title, plot), theme);
    }

    /** The stationary points at λ as markers: at (λ, ‖w‖) in the diagram, at (‖w‖, L_λ) in the profile. */
    private static Series stationaryPoints(DeepLinearToy toy, double lambda, boolean inDiagram) {
        Series points = Series.markers();
        if (!Double.isFinite(lambda)) {
            return points;
        }
        double minimum = toy.minimum(lambda);
        double saddle = toy.saddle(lambda);
        double[] atOrigin = toy.balancedHessianEigenvalues(0, lambda);
        boolean originIsMinimum = Math.min(atOrigin[0], atOrigin[1]) >= 0;
        point(points, "at λ: " + MINIMUM, toy, minimum, lambda, inDiagram, MINIMUM_COLOR, true);
        point(points, "at λ: " + SADDLE, toy, saddle, lambda, inDiagram, SADDLE_COLOR, false);
        point(points, "at λ: origin", toy, 0, lambda, inDiagram, ORIGIN_COLOR, originIsMinimum);
        return points;
    }

    private static void point(
            Series points,
            String key,
            DeepLinearToy toy,
            double w,
            double lambda,
            boolean inDiagram,
            Color paint,
            boolean filled) {
        if (Double.isNaN(w)) {
            return;
        }
        double norm = toy.norm(w);
        double[] x = {inDiagram ? lambda : norm};
        double[] y = {inDiagram ? norm : toy.balancedLoss(w, lambda)};
        points.add(key, x, y, paint, Series.LINE, Series.circle(5), filled);
    }

    /** ‖w‖ of the non-zero minimum at λ, 0 where it does not exist. */
    private static double branchNorm(DeepLinearToy toy, double lambda) {
        double w = toy.minimum(lambda);
        return Double.isNaN(w) ? 0 : toy.norm(w);
    }

    /** The path through (x, y) with a vertical drop from {@code from} to 0 at {@code at}, when within the grid. */
    private static double[][] withJump(double[] x, double[] y, double at, double from) {
        List<double[]> path = new ArrayList<>();
        boolean jumped = !(at >= x[0] && at <= x[x.length - 1]);
        for (int k = 0; k < x.length; k++) {
            if (!jumped && x[k] > at) {
                path.add(new double[] {at, from});
                path.add(new double[] {at, 0});
                jumped = true;
            }
            path.add(new double[] {x[k], y[k]});
        }
        return new double[][] {
            path.stream().mapToDouble(p -> p[0]).toArray(),
            path.stream().mapToDouble(p -> p[1]).toArray()
        };
    }

    /** Where {@code values} (linear in x between grid points) first turns from ≤ 0 to positive, NaN if never. */
    private static double zeroOf(double[] x, double[] values) {
        for (int k = 1; k < x.length; k++) {
            if (values[k] > 0 && values[k - 1] <= 0) {
                return x[k - 1] + (x[k] - x[k - 1]) * -values[k - 1] / (values[k] - values[k - 1]);
            }
        }
        return Double.NaN;
    }

    private static double[] pick(double[] values, int[] order) {
        return IntStream.of(order).mapToDouble(k -> values[k]).toArray();
    }

    /** A dashed line labelled {@code text} at its top, to its right or (not {@code right}) to its left. */
    private static ValueMarker label(ValueMarker marker, String text, boolean right, ChartTheme theme) {
        marker.setPaint(Palette.withAlpha(theme.mutedText(), 0.8));
        marker.setStroke(BranchStyle.transitionStroke());
        marker.setLabel(text);
        marker.setLabelFont(theme.tickFont());
        marker.setLabelPaint(theme.mutedText());
        marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        return marker;
    }
}
