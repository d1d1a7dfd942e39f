package io.phasescope.model.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Choices of a sweep's kept points (those whose parameters the folder holds) for costly measurements such as
 * full-training-set Hessian spectra. Every selection keeps the points' order in {@code points.csv}.
 */
public final class PointSelection {

    private PointSelection() {}

    /** The points of {@code points.csv} whose parameters {@code folder} holds ({@code params/} or {@code state/}). */
    public static List<SweepPoint> kept(SweepFolder folder) throws IOException {
        List<SweepPoint> kept = new ArrayList<>();
        for (SweepPoint point : folder.points()) {
            if (point.index() >= 0 && folder.hasParameters(point.branch(), point.seed(), point.index())) {
                kept.add(point);
            }
        }
        return kept;
    }

    /**
     * The points near a transition of their own walk (branch and seed) and every {@code othersEvery}-th of the
     * others: a point is near when its λ lies in the transition's bracket widened by {@code within} on both sides,
     * [λ_lo − within, λ_hi + within]; the others are counted per walk in file order, starting with the first.
     *
     * @param within half-width in λ, ≥ 0 and finite
     * @param othersEvery ≥ 1 keeps the 1st, (1 + othersEvery)-th, … of the others; 0 keeps none of them
     */
    public static List<SweepPoint> nearTransitions(
            List<SweepPoint> points, List<Transition> transitions, double within, int othersEvery) {
        if (!(within >= 0) || Double.isInfinite(within)) {
            throw new IllegalArgumentException("within must be finite and >= 0, was " + within);
        }
        if (othersEvery < 0) {
            throw new IllegalArgumentException("othersEvery must be >= 0 (0 = none of the others), was " + othersEvery);
        }
        List<SweepPoint> chosen = new ArrayList<>();
        Map<Walk, Integer> othersSeen = new HashMap<>();
        for (SweepPoint point : points) {
            if (near(point, transitions, within)) {
                chosen.add(point);
            } else {
                int seen = othersSeen.merge(walk(point), 1, Integer::sum) - 1;
                if (othersEvery > 0 && seen % othersEvery == 0) {
                    chosen.add(point);
                }
            }
        }
        return chosen;
    }

    /**
     * For every λ of {@code lambdas} and every walk, the point of that walk with the nearest λ (the lower on a tie);
     * a point chosen for two λ appears once.
     *
     * @param lambdas at least one, each finite
     */
    public static List<SweepPoint> nearest(List<SweepPoint> points, List<Double> lambdas) {
        if (lambdas.isEmpty()) {
            throw new IllegalArgumentException("need at least one λ");
        }
        Set<SweepPoint> chosen = new LinkedHashSet<>();
        Set<Walk> walks = new LinkedHashSet<>();
        points.forEach(p -> walks.add(walk(p)));
        for (double lambda : lambdas) {
            if (!Double.isFinite(lambda)) {
                throw new IllegalArgumentException("λ must be finite, was " + lambda);
            }
            for (Walk walk : walks) {
                SweepPoint best = null;
                for (SweepPoint p : points) {
                    if (walk(p).equals(walk)
                            && (best == null
                                    || Math.abs(p.lambda() - lambda) < Math.abs(best.lambda() - lambda)
                                    || (Math.abs(p.lambda() - lambda) == Math.abs(best.lambda() - lambda)
                                            && p.lambda() < best.lambda()))) {
                        best = p;
                    }
                }
                chosen.add(best);
            }
        }
        return points.stream().filter(chosen::contains).toList();
    }

    private static boolean near(SweepPoint point, List<Transition> transitions, double within) {
        for (Transition t : transitions) {
            if (t.branch() == point.branch()
                    && t.seed() == point.seed()
                    && point.lambda() >= t.bracketLow() - within
                    && point.lambda() <= t.bracketHigh() + within) {
                return true;
            }
        }
        return false;
    }

    private static Walk walk(SweepPoint point) {
        return new Walk(point.branch(), point.seed());
    }

    /** One branch of one seed. */
    private record Walk(SweepMode.Branch branch, long seed) {}
}
