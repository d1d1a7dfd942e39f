package io.phasescope.app.curvature;

import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.phase.LambdaUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Relates each detected transition to the nearest zero crossing of λ_min(∇²L_λ) = λ_min(∇²E) + 2λ on its walk
 * (branch and seed): the λ where a saddle of L_λ appears or is lifted by the L2 term, linearly interpolated
 * between the two computed points around it.
 */
public final class CrossingReport {

    private CrossingReport() {}

    /**
     * A sign change of λ_min(∇²L_λ) between two neighbouring computed points of a walk.
     *
     * @param lambda where the interpolated λ_min(∇²L_λ) is zero
     * @param indexBefore the index of L_λ at the point before, in walking order
     * @param indexAfter the index at the point after
     */
    record Crossing(double lambda, int indexBefore, int indexAfter) {

        /** Whether walking on, the saddle of L_λ disappears (the L2 term lifts the negative curvature). */
        boolean lifts() {
            return indexBefore > 0 && indexAfter == 0;
        }
    }

    /** One line per transition, in the order given. */
    public static List<String> lines(List<Transition> transitions, List<PointSpectrum> rows, LambdaUnit unit) {
        return transitions.stream().map(t -> line(t, rows, unit)).toList();
    }

    /** For example {@code "up · seed 1: λc ≈ 0.042 · λ_min(∇²L_λ) crosses 0 at λ ≈ 0.0419 (saddle lifted) · Δλ = −0.0001, inside the bracket"}. */
    static String line(Transition t, List<PointSpectrum> rows, LambdaUnit unit) {
        String head = t.branch().id() + " · seed " + t.seed() + ": " + unit.symbol() + "c ≈ "
                + PhaseFormat.number(unit.of(t.lambdaC()));
        List<PointSpectrum> walk = walk(rows, t.branch(), t.seed());
        if (walk.isEmpty()) {
            return head + " · no spectra on this walk yet";
        }
        Optional<Crossing> nearest =
                crossings(walk).stream().min(Comparator.comparingDouble(c -> Math.abs(c.lambda() - t.lambdaC())));
        if (nearest.isEmpty()) {
            boolean saddleEverywhere = walk.stream().allMatch(r -> r.minL() < 0);
            boolean minimumEverywhere = walk.stream().allMatch(r -> r.minL() >= 0);
            return head + " · no zero crossing of λ_min(∇²L_λ) at " + walk.size() + " computed points"
                    + (saddleEverywhere
                            ? " (below 0 at all: a saddle of L_λ throughout)"
                            : minimumEverywhere ? " (≥ 0 at all: no negative curvature left)" : "");
        }
        Crossing c = nearest.get();
        double delta = unit.of(c.lambda()) - unit.of(t.lambdaC());
        boolean inside = c.lambda() >= Math.min(t.lambdaLo(), t.lambdaHi())
                && c.lambda() <= Math.max(t.lambdaLo(), t.lambdaHi());
        return head + " · λ_min(∇²L_λ) crosses 0 at " + unit.symbol() + " ≈ " + PhaseFormat.number(unit.of(c.lambda()))
                + (c.lifts() ? " (saddle lifted)" : " (saddle appears)") + " · Δ" + unit.symbol() + " = "
                + (delta > 0 ? "+" : "") + PhaseFormat.number(delta).replace('-', '−')
                + (inside ? ", inside the transition's bracket" : "");
    }

    /** The rows of one walk in walking order: λ falling on the down branch, rising otherwise. */
    static List<PointSpectrum> walk(List<PointSpectrum> rows, Branch branch, long seed) {
        Comparator<PointSpectrum> byLambda = Comparator.comparingDouble(PointSpectrum::lambda);
        return rows.stream()
                .filter(r -> r.branch() == branch && r.seed() == seed && Double.isFinite(r.minL()))
                .sorted(branch == Branch.DOWN ? byLambda.reversed() : byLambda)
                .toList();
    }

    /** Every sign change of λ_min(∇²L_λ) along {@code walk} (rows in walking order). */
    static List<Crossing> crossings(List<PointSpectrum> walk) {
        List<Crossing> found = new ArrayList<>();
        for (int i = 1; i < walk.size(); i++) {
            PointSpectrum a = walk.get(i - 1);
            PointSpectrum b = walk.get(i);
            if ((a.minL() < 0) != (b.minL() < 0)) {
                double at = a.lambda() + (b.lambda() - a.lambda()) * a.minL() / (a.minL() - b.minL());
                found.add(new Crossing(at, a.index(), b.index()));
            }
        }
        return found;
    }
}
