package io.phasescope.model.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.Lanczos;
import io.phasescope.model.curvature.Spectrum;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.StopReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's machinery on Ziyin and Ueda's exact models: a warm-started continuation in λ exactly as Pathfinder
 * walks a network (keep w, restart the optimizer, descend to convergence, record E, L_λ and ‖w‖), read by the
 * app's own {@link SweepAnalysis} transition detection, and the app's {@link Lanczos} on the toy Hessian along
 * the walk — each checked against the closed forms.
 */
class ToyContinuationTest {

    private static final DeepLinearToy DEPTH_2 = new DeepLinearToy(2, 1);
    private static final DeepLinearToy DEPTH_3 = new DeepLinearToy(3, 1);
    private static final double STEP = 0.004;

    @Test
    void depthThreeUpWalkJumpsAtTheFoldAndTheDownWalkNeverComesBack() {
        double fold = DEPTH_3.foldLambda();
        List<SweepPoint> points = new ArrayList<>(walk(DEPTH_3, Branch.UP, DEPTH_3.balanced(1.0)));
        points.addAll(walk(
                DEPTH_3,
                Branch.DOWN,
                points.get(points.size() - 1).norm() < 1e-3 ? DEPTH_3.balanced(1e-4) : DEPTH_3.balanced(0)));

        SweepAnalysis analysis = SweepAnalysis.of(points, SweepAnalysis.DEFAULT_HOLD_THRESHOLD);

        List<Transition> up = analysis.transitions().stream()
                .filter(t -> t.branch() == Branch.UP)
                .toList();
        assertThat(up).as("one first-order jump on the way up").hasSize(1);
        assertThat(fold)
                .as("the jump's bracket holds the closed-form fold")
                .isBetween(up.get(0).lambdaLo(), up.get(0).lambdaHi());
        assertThat(up.get(0).lambdaHi() - up.get(0).lambdaLo()).isCloseTo(STEP, within(1e-9));
        assertThat(up.get(0).normBefore()).as("from the non-zero minimum").isGreaterThan(1);
        assertThat(up.get(0).normAfter()).as("to the origin").isLessThan(1e-3);
        assertThat(fold)
                .as("warm-started, the walk overshoots the equal-loss λ_c")
                .isGreaterThan(DEPTH_3.criticalLambda());
        assertThat(analysis.transitions().stream().filter(t -> t.branch() == Branch.DOWN))
                .as("hysteresis: the origin stays a minimum all the way down")
                .isEmpty();
    }

    @Test
    void depthTwoLosesItsNormContinuouslyWithNoFirstOrderJump() {
        List<SweepPoint> up = walk(DEPTH_2, Branch.UP, DEPTH_2.balanced(1.0));

        assertThat(SweepAnalysis.of(up, SweepAnalysis.DEFAULT_HOLD_THRESHOLD).transitions())
                .isEmpty();
        for (SweepPoint p : up) {
            double expected = p.lambda() < 0.5 ? DEPTH_2.norm(DEPTH_2.minimum(p.lambda())) : 0;
            assertThat(p.norm()).as("λ = %s", p.lambda()).isCloseTo(expected, within(2e-3));
        }
    }

    @Test
    void lanczosAlongTheWalkFindsTheClosedFormEigenvaluesAndTheSoftModeAtTheFold() {
        double fold = DEPTH_3.foldLambda();
        double previous = Double.POSITIVE_INFINITY;
        // below λ ≈ 0.2 the smallest eigenvalue is a transverse mode, 4λ; above it the balanced mode, which softens
        for (double lambda : new double[] {0.2, fold - 0.02, fold - 0.01, fold - 0.001, fold - 1e-5}) {
            double w = DEPTH_3.minimum(lambda);
            Spectrum spectrum = Lanczos.extremes(
                    DEPTH_3.hessian(DEPTH_3.balanced(w), lambda), 1, 1, 1e-12, 3, 1, JobControl.none());
            double[] closed = DEPTH_3.balancedHessianEigenvalues(w, lambda);
            assertThat(spectrum.min()).as("λ = %s", lambda).isCloseTo(Math.min(closed[0], closed[1]), within(1e-10));
            assertThat(spectrum.min())
                    .as("the minimum softens as λ nears the fold")
                    .isLessThan(previous);
            previous = spectrum.min();
        }
        assertThat(previous)
                .as("at the fold the minimum merges with the saddle: a zero eigenvalue")
                .isCloseTo(0, within(0.01));
    }

    /**
     * Pathfinder's loop on a toy: from {@code start}, for each λ of the grid in the branch's order, restart the
     * optimizer (plain gradient descent with a fresh step count), descend L_λ to convergence, record the point.
     */
    private static List<SweepPoint> walk(DeepLinearToy toy, Branch branch, double[] start) {
        int count = (int) Math.round(0.4 / STEP) + 1;
        List<SweepPoint> points = new ArrayList<>();
        double[] w = start.clone();
        for (int k = 0; k < count; k++) {
            int index = branch == Branch.UP ? k : count - 1 - k;
            double lambda = index * STEP;
            w = descend(toy, w, lambda);
            double e = toy.loss(w, 0);
            double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1] + (w.length > 2 ? w[2] * w[2] : 0));
            double accuracy = norm > 1e-3 ? 1 : 0;
            points.add(new SweepPoint(
                    branch,
                    1,
                    index,
                    lambda,
                    e,
                    toy.loss(w, lambda),
                    e,
                    accuracy,
                    norm,
                    norm,
                    0,
                    0,
                    new double[] {accuracy},
                    StopReason.CONVERGED));
        }
        return points;
    }

    private static double[] descend(DeepLinearToy toy, double[] start, double lambda) {
        double[] w = start.clone();
        for (int step = 0; step < 100_000; step++) {
            double[] g = toy.gradient(w, lambda);
            double size = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] -= 0.05 * g[i];
                size = Math.max(size, Math.abs(g[i]));
            }
            if (size < 1e-12) {
                break;
            }
        }
        return w;
    }
}
