package io.phasescope.model.toy;

import io.phasescope.model.curvature.DenseSymmetricOperator;
import java.util.Arrays;

/**
 * The scalar deep linear network L_λ(w) = ½(s − w_1⋯w_D)² + λ·Σ w_i² (see the package documentation for
 * the convention), its derivatives and the closed-form balanced stationary points w_i = w.
 *
 * @param depth D, the number of scalar layers, ≥ 2
 * @param strength s = E[xy] with E[x²] = 1, the signal the product must fit, &gt; 0 and finite
 */
public record DeepLinearToy(int depth, double strength) {

    private static final int BISECTION_STEPS = 200;

    public DeepLinearToy {
        if (depth < 2) {
            throw new IllegalArgumentException("depth must be >= 2 (depth 1 has no transition), was " + depth);
        }
        if (!(strength > 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("strength s must be > 0 and finite, was " + strength);
        }
    }

    /** L_λ(w), for a weight vector of length D and λ ≥ 0. */
    public double loss(double[] w, double lambda) {
        check(w, lambda);
        double residual = strength - product(w, -1, -1);
        double squares = 0;
        for (double x : w) {
            squares += x * x;
        }
        return 0.5 * residual * residual + lambda * squares;
    }

    /** ∇L_λ(w): component i is −(s − p)·∏_{k≠i} w_k + 2λw_i, with p = ∏ w_k. */
    public double[] gradient(double[] w, double lambda) {
        check(w, lambda);
        double residual = strength - product(w, -1, -1);
        double[] g = new double[depth];
        for (int i = 0; i < depth; i++) {
            g[i] = -residual * product(w, i, -1) + 2 * lambda * w[i];
        }
        return g;
    }

    /** ∇²L_λ(w): (∏_{k≠i} w_k)(∏_{k≠j} w_k) − (s − p)·∏_{k≠i,j} w_k off the diagonal, (∏_{k≠i} w_k)² + 2λ on it. */
    public DenseSymmetricOperator hessian(double[] w, double lambda) {
        check(w, lambda);
        double residual = strength - product(w, -1, -1);
        double[][] h = new double[depth][depth];
        for (int i = 0; i < depth; i++) {
            for (int j = 0; j < depth; j++) {
                double outer = product(w, i, -1) * product(w, j, -1);
                h[i][j] = i == j ? outer + 2 * lambda : outer - residual * product(w, i, j);
            }
        }
        return new DenseSymmetricOperator(h);
    }

    /** The balanced point w_i = w for all i. */
    public double[] balanced(double w) {
        double[] point = new double[depth];
        Arrays.fill(point, w);
        return point;
    }

    /** g(w) = L_λ at the balanced point: ½(s − w^D)² + Dλw². */
    public double balancedLoss(double w, double lambda) {
        double residual = strength - Math.pow(w, depth);
        return 0.5 * residual * residual + depth * lambda * w * w;
    }

    /**
     * The Hessian eigenvalues at the balanced point w: along (1, …, 1) (radial: the direction that changes the
     * product) and across it (D − 1 fold: rebalancing the layers).
     *
     * @return {radial, transverse}
     */
    public double[] balancedHessianEigenvalues(double w, double lambda) {
        double diagonal = Math.pow(w, 2 * depth - 2) + 2 * lambda;
        double off = Math.pow(w, 2 * depth - 2) - (strength - Math.pow(w, depth)) * Math.pow(w, depth - 2);
        return new double[] {diagonal + (depth - 1) * off, diagonal - off};
    }

    /**
     * λ_c: below it the global minimum is non-zero, above it the trivial w = 0. Depth 2: s/2 (continuous);
     * depth D ≥ 3: ½·w_c^(D−2)·s/(D−1) with w_c^D = s(D−2)/(D−1) (the norm jumps from √D·w_c to 0).
     */
    public double criticalLambda() {
        if (depth == 2) {
            return strength / 2;
        }
        double wc = Math.pow(strength * (depth - 2) / (depth - 1), 1.0 / depth);
        return 0.5 * Math.pow(wc, depth - 2) * strength / (depth - 1);
    }

    /** λ_fold: the largest λ with a non-zero stationary point (where minimum and saddle merge); s/2 at depth 2. */
    public double foldLambda() {
        if (depth == 2) {
            return strength / 2;
        }
        double wp = peak();
        return 0.5 * stationarity(wp);
    }

    /** The non-zero minimum's w &gt; 0 at λ, or NaN when it does not exist (λ ≥ λ_fold; at depth 2 λ ≥ s/2). */
    public double minimum(double lambda) {
        checkLambda(lambda);
        if (depth == 2) {
            return 2 * lambda < strength ? Math.sqrt(strength - 2 * lambda) : Double.NaN;
        }
        return 2 * lambda <= stationarity(peak()) ? root(peak(), Math.pow(strength, 1.0 / depth), lambda) : Double.NaN;
    }

    /**
     * The non-zero saddle's w ≥ 0 at λ (depth ≥ 3, λ ≤ λ_fold; it starts at the origin at λ = 0), or NaN.
     * At depth 2 the only saddle is the origin below λ_c, so this is NaN.
     */
    public double saddle(double lambda) {
        checkLambda(lambda);
        if (depth == 2 || 2 * lambda > stationarity(peak())) {
            return Double.NaN;
        }
        return root(0, peak(), lambda);
    }

    /** √D·|w|, the Euclidean norm of the balanced point w. */
    public double norm(double w) {
        return Math.sqrt(depth) * Math.abs(w);
    }

    /** φ(w) = w^(D−2)(s − w^D); the non-zero stationary points solve φ(w) = 2λ. */
    private double stationarity(double w) {
        return Math.pow(w, depth - 2) * (strength - Math.pow(w, depth));
    }

    /** w_p, where φ peaks (depth ≥ 3): w_p^D = s(D−2)/(2D−2). */
    private double peak() {
        return Math.pow(strength * (depth - 2) / (2.0 * depth - 2), 1.0 / depth);
    }

    /** φ(w) = 2λ on [a, b], where φ − 2λ changes sign once (φ is monotone there), by bisection. */
    private double root(double a, double b, double lambda) {
        double target = 2 * lambda;
        boolean rising = stationarity(b) > stationarity(a);
        double lo = a;
        double hi = b;
        for (int step = 0; step < BISECTION_STEPS && hi - lo > 0; step++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            if ((stationarity(mid) < target) == rising) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private double product(double[] w, int skipA, int skipB) {
        double p = 1;
        for (int k = 0; k < w.length; k++) {
            if (k != skipA && k != skipB) {
                p *= w[k];
            }
        }
        return p;
    }

    private void check(double[] w, double lambda) {
        if (w.length != depth) {
            throw new IllegalArgumentException("w must hold depth = " + depth + " weights, held " + w.length);
        }
        checkLambda(lambda);
    }

    private static void checkLambda(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be >= 0 and finite, was " + lambda);
        }
    }
}
