package io.phasescope.model.train;

import java.util.function.UnaryOperator;

/** Central differences of a gradient along a direction: the finite-difference reference of H·v, in double. */
final class CentralDifference {

    private CentralDifference() {}

    /** (g(θ + εv) − g(θ − εv)) / 2ε, with θ ± εv formed in double; ε &gt; 0. */
    static double[] of(UnaryOperator<double[]> gradient, double[] theta, double[] v, double eps) {
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be > 0, was " + eps);
        }
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            plus[i] += eps * v[i];
            minus[i] -= eps * v[i];
        }
        double[] gPlus = gradient.apply(plus);
        double[] gMinus = gradient.apply(minus);
        double[] fd = new double[theta.length];
        for (int i = 0; i < fd.length; i++) {
            fd[i] = (gPlus[i] - gMinus[i]) / (2 * eps);
        }
        return fd;
    }
}
