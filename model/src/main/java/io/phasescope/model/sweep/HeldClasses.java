package io.phasescope.model.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of "holds a class", used by every view and command. With threshold h (default
 * {@link SweepAnalysis#DEFAULT_HOLD_THRESHOLD}, accuracy fractions in [0, 1]):
 * <ul>
 *   <li>a model <b>holds</b> class c at a point when the class's test accuracy there is ≥ h;
 *   <li>a <b>phase</b> holds class c when the class's mean test accuracy over the phase's points is ≥ h;
 *   <li>a class <b>hops</b> inside a phase when some of the phase's points hold it and others do not: nearly
 *       equivalent classes swap between neighbouring points of one plateau (4 and 7 in the Classroom sweep).
 *       Trivial points ({@link Phase#isTrivial(SweepPoint)}) do not count: their one class is no hierarchy.
 * </ul>
 */
public final class HeldClasses {

    /** The rule in words, for a tooltip or a command's output; {@code %s} is the threshold in percent. */
    public static final String RULE = "a point holds a class when the class's test accuracy there is ≥ %s %%;"
            + " a phase holds it when its mean accuracy over the phase is ≥ %s %%;"
            + " a class hops when some points of the phase hold it and others do not";

    private HeldClasses() {}

    /** The classes whose accuracy in {@code perClassAccuracy} is ≥ {@code threshold}, ascending. */
    public static List<Integer> atPoint(double[] perClassAccuracy, double threshold) {
        checkThreshold(threshold);
        List<Integer> held = new ArrayList<>();
        for (int c = 0; c < perClassAccuracy.length; c++) {
            if (perClassAccuracy[c] >= threshold) {
                held.add(c);
            }
        }
        return held;
    }

    /**
     * The classes held at some of {@code points} and not at others, ascending. Trivial points do not count: the
     * trivial network answers every input with one class, which class changing from one λ to the next.
     */
    public static List<Integer> hopping(List<SweepPoint> points, double threshold) {
        checkThreshold(threshold);
        points = points.stream().filter(p -> !Phase.isTrivial(p)).toList();
        if (points.isEmpty()) {
            return List.of();
        }
        List<Integer> hopping = new ArrayList<>();
        for (int c = 0; c < points.get(0).perClassAccuracy().length; c++) {
            int held = 0;
            for (SweepPoint p : points) {
                held += p.perClassAccuracy()[c] >= threshold ? 1 : 0;
            }
            if (held > 0 && held < points.size()) {
                hopping.add(c);
            }
        }
        return hopping;
    }

    /** {@link #RULE} for {@code threshold}. */
    public static String rule(double threshold) {
        checkThreshold(threshold);
        String percent = new java.text.DecimalFormat("0.#").format(100 * threshold);
        return String.format(RULE, percent, percent);
    }

    static void checkThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("hold threshold must be in (0, 1], was " + threshold);
        }
    }
}
