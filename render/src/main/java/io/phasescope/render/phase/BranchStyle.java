package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.render.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;

/**
 * How branches and seeds look when overlaid, in Okabe–Ito colours: each branch has its own dash pattern
 * (up solid, down dashed, cold dotted) and colour family (up blues and green, down vermillion, orange and
 * purple), and each seed of a branch the next colour of its family and its own marker shape.
 */
public final class BranchStyle {

    private static final Color[] UP = {Palette.BLUE, Palette.SKY_BLUE, Palette.BLUISH_GREEN};
    private static final Color[] DOWN = {Palette.VERMILLION, Palette.ORANGE, Palette.REDDISH_PURPLE};
    private static final Color[] COLD = {Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE, Palette.SKY_BLUE};
    private static final float WIDTH = 1.8f;

    private BranchStyle() {}

    /** The colour of seed number {@code seedRank} (0 for the first seed) of {@code branch}. */
    public static Color paint(Branch branch, int seedRank) {
        Color[] family = switch (branch) {
            case UP -> UP;
            case DOWN -> DOWN;
            case COLD -> COLD;
        };
        return family[Math.floorMod(seedRank, family.length)];
    }

    /** The line of {@code branch}: up solid, down dashed, cold dotted. */
    public static Stroke stroke(Branch branch) {
        return stroke(branch, WIDTH);
    }

    /** The line of {@code branch} at a given width. */
    public static Stroke stroke(Branch branch, float width) {
        return switch (branch) {
            case UP -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case DOWN ->
                new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f);
            case COLD ->
                new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f);
        };
    }

    /** The dashed line of a transition marker. */
    public static Stroke transitionStroke() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    }

    /** The dotted line of a partial transition's marker (one or a few classes lost). */
    public static Stroke partialTransitionStroke() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {1.5f, 2.5f}, 0f);
    }

    /** The marker of seed number {@code seedRank}: circle, square, triangle, diamond, then again. */
    public static Shape shape(int seedRank) {
        double r = 3;
        return switch (Math.floorMod(seedRank, 4)) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
            case 2 -> polygon(0, -r - 0.5, r + 0.5, r, -r - 0.5, r);
            default -> polygon(0, -r - 1, r + 1, 0, 0, r + 1, -r - 1, 0);
        };
    }

    /** The marker of a probe trained between grid points: a large diamond, drawn hollow. */
    public static Shape probeShape() {
        double r = 6;
        return polygon(0, -r, r, 0, 0, r, -r, 0);
    }

    /** The ring around the selected point. */
    public static Shape selectedShape() {
        return new Ellipse2D.Double(-7, -7, 14, 14);
    }

    /** A neutral colour for the selection cursor and legend entries that show only a line style or shape. */
    public static Color neutral() {
        return new Color(0x80, 0x86, 0x8E);
    }

    /** The legend entry of the shaded ‖θ‖ gap a transition jumps, labelled {@code label}. */
    public static LegendItem gapItem(String label) {
        return new LegendItem(
                label, null, null, null, new Rectangle2D.Double(-6, -5, 12, 10), Palette.withAlpha(neutral(), 0.3));
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
