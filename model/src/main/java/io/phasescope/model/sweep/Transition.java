package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.List;

/**
 * A first-order jump between two neighbouring sweep points. λ in Phasescope's units (β = 2λ).
 *
 * @param branch the walk
 * @param seed the seed
 * @param lambdaC the critical λ: the midpoint of the bracket, or the bisection's estimate after refinement
 * @param lambdaLo the bracket end on the side of the phase before the jump (in walking order)
 * @param lambdaHi the bracket end on the side of the phase after the jump
 * @param normBefore ‖θ‖ just before the jump
 * @param normAfter ‖θ‖ just after
 * @param accBefore test accuracy just before
 * @param accAfter test accuracy just after
 * @param classesLost for a full transition, classes the phase before holds and the phase after does not; for a
 *     partial one, the classes whose accuracy broke away from its trend at the jump
 * @param kind full (a first-order jump) or partial (one or a few classes lost, see {@link TransitionKind})
 * @param variant the walk's variant label ({@link SweepPoint#variant}); empty for none
 */
public record Transition(
        Branch branch,
        long seed,
        double lambdaC,
        double lambdaLo,
        double lambdaHi,
        double normBefore,
        double normAfter,
        double accBefore,
        double accAfter,
        List<Integer> classesLost,
        TransitionKind kind,
        String variant) {

    public Transition {
        classesLost = List.copyOf(classesLost);
        java.util.Objects.requireNonNull(kind, "kind");
        if (variant == null) {
            throw new IllegalArgumentException("variant must be given (empty for none), was null");
        }
    }

    /** A transition of a sweep shown on its own (no variant). */
    public Transition(
            Branch branch,
            long seed,
            double lambdaC,
            double lambdaLo,
            double lambdaHi,
            double normBefore,
            double normAfter,
            double accBefore,
            double accAfter,
            List<Integer> classesLost,
            TransitionKind kind) {
        this(
                branch,
                seed,
                lambdaC,
                lambdaLo,
                lambdaHi,
                normBefore,
                normAfter,
                accBefore,
                accAfter,
                classesLost,
                kind,
                "");
    }

    /** The same transition labelled as coming from {@code newVariant} (empty: none). */
    public Transition withVariant(String newVariant) {
        return new Transition(
                branch,
                seed,
                lambdaC,
                lambdaLo,
                lambdaHi,
                normBefore,
                normAfter,
                accBefore,
                accAfter,
                classesLost,
                kind,
                newVariant);
    }

    /** The bracket's lower end in λ, whichever the walking direction. */
    public double bracketLow() {
        return Math.min(lambdaLo, lambdaHi);
    }

    /** The bracket's upper end in λ, whichever the walking direction. */
    public double bracketHigh() {
        return Math.max(lambdaLo, lambdaHi);
    }

    /** The same transition with a refined bracket and critical λ. */
    public Transition refined(double lo, double hi) {
        return new Transition(
                branch,
                seed,
                (lo + hi) / 2,
                lo,
                hi,
                normBefore,
                normAfter,
                accBefore,
                accAfter,
                classesLost,
                kind,
                variant);
    }
}
