package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.List;

/**
 * A plateau between two transitions of one branch: the models there share which classes they hold.
 *
 * @param branch the walk
 * @param seed the seed
 * @param lambdaFrom first λ of the phase (walking order)
 * @param lambdaTo last λ of the phase
 * @param points number of sweep points in it
 * @param meanAccuracy mean test accuracy
 * @param perClassAccuracy mean test accuracy of each class
 * @param classesHeld classes whose mean accuracy reaches the hold threshold (see {@link HeldClasses})
 * @param classesHopping classes held at some points of the phase and not at others
 * @param normMin smallest ‖θ‖ in the phase
 * @param normMax largest ‖θ‖ in the phase
 * @param meanTestLoss mean test loss (nats)
 * @param variant the walk's variant label ({@link SweepPoint#variant}); empty for none
 */
public record Phase(
        Branch branch,
        long seed,
        double lambdaFrom,
        double lambdaTo,
        int points,
        double meanAccuracy,
        double[] perClassAccuracy,
        List<Integer> classesHeld,
        List<Integer> classesHopping,
        double normMin,
        double normMax,
        double meanTestLoss,
        String variant) {

    public Phase {
        classesHeld = List.copyOf(classesHeld);
        classesHopping = List.copyOf(classesHopping);
    }

    /**
     * Whether this is the trivial phase: mean test loss within 0.05 nats of ln C, and at most one class held
     * or mean accuracy below 1.5/C. The trivial network gives every input the same answer, and which class
     * that is may change from one λ to the next, so with few classes two of them can each look held.
     */
    public boolean isTrivial() {
        return trivial(meanTestLoss, meanAccuracy, classesHeld.size(), perClassAccuracy.length);
    }

    /** Whether one point is trivial by the same rule: its test loss, accuracy and held classes. */
    public static boolean isTrivial(SweepPoint p) {
        int held = HeldClasses.atPoint(p.perClassAccuracy(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                .size();
        return trivial(p.testLoss(), p.testAccuracy(), held, p.perClassAccuracy().length);
    }

    private static boolean trivial(double testLoss, double accuracy, int held, int classes) {
        boolean chance = held <= 1 || accuracy < 1.5 / classes;
        return chance && Math.abs(testLoss - Math.log(classes)) < 0.05;
    }
}
