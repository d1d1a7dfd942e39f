package io.phasescope.app.curvature;

import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.model.toy.DeepLinearToy;

/**
 * What a deep linear toy model looks like at one λ, in a sentence for the lesson: where its minima and saddle
 * are, which is global, and what a network does when λ is raised or lowered through here.
 */
public final class ToyReadout {

    private ToyReadout() {}

    /** The sentence for {@code toy} at {@code lambda} ≥ 0. */
    public static String describe(DeepLinearToy toy, double lambda) {
        double lambdaC = toy.criticalLambda();
        double fold = toy.foldLambda();
        double minimum = toy.minimum(lambda);
        double saddle = toy.saddle(lambda);
        double[] atOrigin = toy.balancedHessianEigenvalues(0, lambda);
        double originCurvature = Math.min(atOrigin[0], atOrigin[1]);
        String head = "Depth " + toy.depth() + " at λ = " + PhaseFormat.number(lambda) + ": ";
        if (toy.depth() == 2) {
            return head
                    + (Double.isNaN(minimum)
                            ? "past λ_c = " + PhaseFormat.number(lambdaC)
                                    + " the minimum has reached the origin continuously; "
                                    + "w = 0 is the minimum (smallest curvature 2λ − s = " + signed(originCurvature)
                                    + ")."
                            : "the minimum sits at ‖w‖ = " + PhaseFormat.number(toy.norm(minimum))
                                    + "; the origin is a saddle "
                                    + "(smallest curvature 2λ − s = " + signed(originCurvature)
                                    + "). It shrinks to 0 at λ_c = "
                                    + PhaseFormat.number(lambdaC) + ", where the saddle becomes the minimum.");
        }
        if (Double.isNaN(minimum)) {
            return head + "past the fold (λ = " + PhaseFormat.number(fold) + ") the minimum and the saddle have merged "
                    + "and vanished: a network raised this far has jumped to w = 0. Lowered again it stays at the "
                    + "origin, a minimum for every λ > 0 (curvature 2λ) — hysteresis.";
        }
        String points = "the minimum at ‖w‖ = " + PhaseFormat.number(toy.norm(minimum)) + " and the saddle at ‖w‖ = "
                + PhaseFormat.number(toy.norm(saddle));
        if (lambda < lambdaC) {
            return head + points + "; the minimum is global, the origin a local minimum behind the saddle.";
        }
        return head + "past λ_c = " + PhaseFormat.number(lambdaC) + " the origin is lower; " + points
                + " approach each other: the minimum is metastable, and a network raised from below stays on it until "
                + "they merge at the fold, λ = " + PhaseFormat.number(fold) + ".";
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + PhaseFormat.number(value).replace('-', '−');
    }
}
