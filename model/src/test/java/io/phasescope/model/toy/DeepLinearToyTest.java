package io.phasescope.model.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.DenseSymmetricOperator;
import io.phasescope.model.curvature.Lanczos;
import io.phasescope.model.curvature.Spectrum;
import io.phasescope.model.train.JobControl;
import org.junit.jupiter.api.Test;

class DeepLinearToyTest {

    private static final DeepLinearToy DEPTH_2 = new DeepLinearToy(2, 1);
    private static final DeepLinearToy DEPTH_3 = new DeepLinearToy(3, 1);

    private static double[] grid(double stop, double step) {
        int count = (int) Math.round(stop / step) + 1;
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = k * step;
        }
        return values;
    }

    private static double smallestHessianEigenvalue(DeepLinearToy toy, double[] w, double lambda) {
        return toy.hessian(w, lambda).eigenvalues()[0];
    }

    @Test
    void depthTwoLosesItsNormContinuouslyAtHalfTheSignal() {
        assertThat(DEPTH_2.criticalLambda()).isEqualTo(0.5);
        ToyDiagram d = ToyDiagram.of(DEPTH_2, grid(0.8, 0.01));
        for (int k = 0; k < d.lambda().length; k++) {
            double l = d.lambda()[k];
            double expected = l < 0.5 ? Math.sqrt(2 * (1 - 2 * l)) : 0;
            assertThat(d.globalNorm()[k]).as("λ = %s", l).isCloseTo(expected, within(1e-12));
            assertThat(d.upNorm()[k]).isEqualTo(d.globalNorm()[k]);
            assertThat(d.downNorm()[k]).as("no hysteresis").isEqualTo(d.globalNorm()[k]);
        }
        double justBelow = DEPTH_2.norm(DEPTH_2.minimum(0.5 - 1e-10));
        assertThat(justBelow).as("the norm vanishes as √(λ_c − λ)").isLessThan(3e-5);
        for (double l : new double[] {0.1, 0.49, 0.51, 0.7}) {
            double curvature = smallestHessianEigenvalue(DEPTH_2, new double[2], l);
            assertThat(curvature).isCloseTo(2 * l - 1, within(1e-12));
            assertThat(curvature > 0)
                    .as("the origin is a minimum iff λ > λ_c, λ = %s", l)
                    .isEqualTo(l > 0.5);
        }
    }

    @Test
    void depthThreeJumpsAtItsCriticalLambdaAndFoldsLater() {
        double lambdaC = 0.25 * Math.cbrt(0.5);
        double fold = 0.375 * Math.cbrt(0.25);
        assertThat(DEPTH_3.criticalLambda()).isCloseTo(lambdaC, within(1e-15));
        assertThat(DEPTH_3.foldLambda()).isCloseTo(fold, within(1e-15));
        double wc = DEPTH_3.minimum(lambdaC);
        assertThat(wc).isCloseTo(Math.cbrt(0.5), within(1e-12));
        assertThat(DEPTH_3.balancedLoss(wc, lambdaC))
                .as("both minima equally deep at λ_c")
                .isCloseTo(0.5, within(1e-13));

        ToyDiagram d =
                ToyDiagram.of(DEPTH_3, new double[] {0, 0.1, lambdaC - 1e-9, lambdaC + 1e-9, 0.22, fold + 1e-9, 0.3});
        assertThat(d.globalNorm()[2]).as("jump from √3·w_c").isCloseTo(Math.sqrt(3) * Math.cbrt(0.5), within(1e-6));
        assertThat(d.globalNorm()[3]).isZero();
        assertThat(d.minimumNorm()[4]).as("metastable between λ_c and the fold").isGreaterThan(1);
        assertThat(d.globalNorm()[4]).isZero();
        assertThat(d.minimumNorm()[5]).isNaN();
        assertThat(d.saddleNorm()[5]).isNaN();
        assertThat(d.upNorm())
                .as("raising λ: the minimum holds to the fold")
                .containsExactly(
                        new double[] {
                            d.minimumNorm()[0],
                            d.minimumNorm()[1],
                            d.minimumNorm()[2],
                            d.minimumNorm()[3],
                            d.minimumNorm()[4],
                            0,
                            0
                        },
                        within(0.0));
        assertThat(d.downNorm())
                .as("lowering λ: the origin holds down to λ = 0")
                .containsExactly(new double[] {d.minimumNorm()[0], 0, 0, 0, 0, 0, 0}, within(0.0));
        assertThat(d.saddleNorm()[0])
                .as("the saddle leaves the origin at λ = 0")
                .isCloseTo(0, within(1e-12));
        double nearFold = fold - 1e-12;
        assertThat(DEPTH_3.minimum(nearFold) - DEPTH_3.saddle(nearFold))
                .as("minimum meets saddle")
                .isLessThan(1e-5);
        for (double l : new double[] {0.01, lambdaC, 0.3}) {
            assertThat(DEPTH_3.hessian(new double[3], l).eigenvalues())
                    .as("origin Hessian 2λI")
                    .containsExactly(new double[] {2 * l, 2 * l, 2 * l}, within(1e-15));
        }
    }

    @Test
    void branchesAreStationaryWithTheStabilityTheirNamesClaim() {
        for (DeepLinearToy toy : new DeepLinearToy[] {DEPTH_3, new DeepLinearToy(4, 2), new DeepLinearToy(5, 0.5)}) {
            double l = 0.5 * (toy.criticalLambda() + toy.foldLambda());
            double[] minimum = toy.balanced(toy.minimum(l));
            double[] saddle = toy.balanced(toy.saddle(l));
            for (double[] w : new double[][] {minimum, saddle}) {
                for (double g : toy.gradient(w, l)) {
                    assertThat(g).isCloseTo(0, within(1e-12));
                }
            }
            double[] atMinimum = toy.hessian(minimum, l).eigenvalues();
            double[] atSaddle = toy.hessian(saddle, l).eigenvalues();
            assertThat(atMinimum[0]).as("depth %d minimum", toy.depth()).isPositive();
            assertThat(atSaddle[0]).as("depth %d saddle", toy.depth()).isNegative();
            assertThat(atSaddle[1]).as("index 1").isPositive();
            double[] closedForm = toy.balancedHessianEigenvalues(toy.saddle(l), l);
            assertThat(atSaddle[0]).isCloseTo(closedForm[0], within(1e-12));
            assertThat(atSaddle[1]).isCloseTo(closedForm[1], within(1e-12));
            assertThat(toy.balancedLoss(toy.minimum(toy.criticalLambda()), toy.criticalLambda()))
                    .as("depth %d: λ_c equalizes the minima", toy.depth())
                    .isCloseTo(toy.balancedLoss(0, 0), within(1e-12));
        }
    }

    @Test
    void noUnbalancedPointBeatsTheClosedFormGlobalMinimum() {
        for (DeepLinearToy toy : new DeepLinearToy[] {DEPTH_2, DEPTH_3}) {
            for (double l : new double[] {0.05, 0.15, 0.21, 0.45, 0.6}) {
                ToyDiagram d = ToyDiagram.of(toy, new double[] {l});
                double best = Double.POSITIVE_INFINITY;
                int side = toy.depth() == 2 ? 401 : 121;
                int[] at = new int[toy.depth()];
                double[] w = new double[toy.depth()];
                for (int cell = 0; cell < Math.pow(side, toy.depth()); cell++) {
                    int rest = cell;
                    for (int i = 0; i < at.length; i++) {
                        at[i] = rest % side;
                        rest /= side;
                        w[i] = -1.5 + 3.0 * at[i] / (side - 1);
                    }
                    best = Math.min(best, toy.loss(w, l));
                }
                assertThat(best)
                        .as("depth %d, λ = %s", toy.depth(), l)
                        .isGreaterThanOrEqualTo(d.globalLoss()[0] - 1e-12)
                        .isLessThan(d.globalLoss()[0] + 0.01);
            }
        }
    }

    @Test
    void derivativesMatchCentralDifferences() {
        double[] w = {0.7, -1.1, 0.4};
        double l = 0.13;
        double h = 1e-5;
        double[] gradient = DEPTH_3.gradient(w, l);
        DenseSymmetricOperator hessian = DEPTH_3.hessian(w, l);
        for (int i = 0; i < 3; i++) {
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[i] += h;
            minus[i] -= h;
            assertThat(gradient[i]).isCloseTo((DEPTH_3.loss(plus, l) - DEPTH_3.loss(minus, l)) / (2 * h), within(1e-8));
            double[] gPlus = DEPTH_3.gradient(plus, l);
            double[] gMinus = DEPTH_3.gradient(minus, l);
            for (int j = 0; j < 3; j++) {
                assertThat(hessian.get(j, i)).isCloseTo((gPlus[j] - gMinus[j]) / (2 * h), within(1e-8));
            }
        }
    }

    @Test
    void gradientDescentSweepsShowTheHysteresisLoop() {
        double fold = DEPTH_3.foldLambda();
        double[] w = DEPTH_3.balanced(DEPTH_3.minimum(0.15));
        for (double l : new double[] {0.15, 0.2, 0.22, fold - 0.003}) {
            w = descend(DEPTH_3, w, l);
            assertThat(Math.abs(w[0]))
                    .as("raising λ to %s keeps the minimum", l)
                    .isCloseTo(DEPTH_3.minimum(l), within(1e-4));
        }
        w = descend(DEPTH_3, w, fold + 0.003);
        assertThat(DEPTH_3.norm(w[0]))
                .as("past the fold it falls to the origin")
                .isLessThan(1e-3);
        double saddle = DEPTH_3.saddle(0.02);
        assertThat(DEPTH_3.norm(descend(DEPTH_3, DEPTH_3.balanced(0.5 * saddle), 0.02)[0]))
                .as("inside the saddle the origin attracts, even at small λ")
                .isLessThan(1e-3);
        assertThat(descend(DEPTH_3, DEPTH_3.balanced(1.5 * saddle), 0.02)[0])
                .as("outside it the minimum does")
                .isCloseTo(DEPTH_3.minimum(0.02), within(1e-6));
    }

    private static double[] descend(DeepLinearToy toy, double[] start, double lambda) {
        double[] w = start.clone();
        for (int step = 0; step < 200_000; step++) {
            double[] g = toy.gradient(w, lambda);
            for (int i = 0; i < w.length; i++) {
                w[i] -= 0.05 * g[i];
            }
        }
        return w;
    }

    @Test
    void lanczosOnTheToyHessianReproducesTheClosedFormEigenvalues() {
        double l = 0.1;
        double w = DEPTH_3.minimum(l);
        Spectrum spectrum =
                Lanczos.extremes(DEPTH_3.hessian(DEPTH_3.balanced(w), l), 1, 1, 1e-12, 3, 1, JobControl.none());
        double[] closedForm = DEPTH_3.balancedHessianEigenvalues(w, l);
        assertThat(spectrum.max()).isCloseTo(Math.max(closedForm[0], closedForm[1]), within(1e-12));
        assertThat(spectrum.min()).isCloseTo(Math.min(closedForm[0], closedForm[1]), within(1e-12));
    }

    @Test
    void refusesDepthOneAndBadArguments() {
        assertThatThrownBy(() -> new DeepLinearToy(1, 1)).hasMessageContaining("was 1");
        assertThatThrownBy(() -> new DeepLinearToy(2, 0)).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> DEPTH_2.loss(new double[3], 0.1)).hasMessageContaining("held 3");
        assertThatThrownBy(() -> DEPTH_2.minimum(-1)).hasMessageContaining("was -1.0");
    }
}
