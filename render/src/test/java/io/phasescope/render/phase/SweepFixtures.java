package io.phasescope.render.phase;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.model.train.StopReason;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic up-and-down sweep over 21 λ values with 10 classes: the up branch loses classes 9, 8 and 7
 * in jumps at λ ≈ 0.0045, 0.0095 and 0.0145; the down branch regains them later (hysteresis).
 */
final class SweepFixtures {

    static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    static final int GRID = 21;
    static final double STEP = 0.001;

    private SweepFixtures() {}

    /** The up branch then the down branch of {@code seed}. */
    static List<SweepPoint> upDown(long seed) {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            points.add(point(Branch.UP, seed, i, lost(i, 0)));
        }
        for (int i = GRID - 1; i >= 0; i--) {
            points.add(point(Branch.DOWN, seed, i, lost(i, 3)));
        }
        return points;
    }

    /** The up branch's three jumps and the down branch's three. */
    static List<Transition> transitions(long seed) {
        List<Transition> t = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            int after = 5 * k;
            t.add(new Transition(
                    Branch.UP,
                    seed,
                    (after - 0.5) * STEP,
                    (after - 1) * STEP,
                    after * STEP,
                    norm(k - 1),
                    norm(k),
                    1 - 0.1 * (k - 1),
                    1 - 0.1 * k,
                    List.of(10 - k),
                    TransitionKind.FULL));
            int downAfter = 5 * k - 3;
            t.add(new Transition(
                    Branch.DOWN,
                    seed,
                    (downAfter - 0.5) * STEP,
                    downAfter * STEP,
                    (downAfter - 1) * STEP,
                    norm(k),
                    norm(k - 1),
                    1 - 0.1 * k,
                    1 - 0.1 * (k - 1),
                    List.of(),
                    TransitionKind.FULL));
        }
        return t;
    }

    /** A probe between grid points 7 and 8 of the up branch. */
    static SweepPoint probe(long seed) {
        SweepPoint p = point(Branch.UP, seed, 7, lost(7, 0));
        return new SweepPoint(
                Branch.UP,
                seed,
                -1,
                7.5 * STEP,
                p.trainLoss(),
                p.regLoss(),
                p.testLoss(),
                p.testAccuracy(),
                p.norm(),
                p.distRef(),
                4,
                0.1,
                p.perClassAccuracy(),
                StopReason.CONVERGED);
    }

    static PhaseDiagram diagram(LambdaUnit unit) {
        return new PhaseDiagram(DIGITS, upDown(1), List.of(probe(1)), transitions(1), unit, null);
    }

    /** Classes lost at grid index {@code i}: one more every five points, {@code lead} points earlier. */
    private static int lost(int i, int lead) {
        return Math.min(3, (i + lead) / 5);
    }

    private static double norm(int lost) {
        return 30 - 6 * lost;
    }

    private static SweepPoint point(Branch branch, long seed, int index, int lost) {
        double lambda = index * STEP;
        double[] perClass = new double[10];
        for (int c = 0; c < 10; c++) {
            perClass[c] = c >= 10 - lost ? 0.02 : 0.97 - 0.004 * c - 0.002 * index;
        }
        double accuracy = 0;
        for (double a : perClass) {
            accuracy += a / 10;
        }
        double norm = norm(lost) - 0.1 * index + 0.05 * seed;
        double train = 0.05 + 0.25 * lost + 0.004 * index;
        return new SweepPoint(
                branch,
                seed,
                index,
                lambda,
                train,
                train + lambda * norm * norm,
                train + 0.03,
                accuracy,
                norm,
                norm,
                5,
                0.5,
                perClass,
                StopReason.CONVERGED);
    }
}
