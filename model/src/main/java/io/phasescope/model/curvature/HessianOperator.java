package io.phasescope.model.curvature;

import io.phasescope.model.train.HessianProduct;

/**
 * The Hessian of L_λ at θ as a symmetric operator: {@code (∇²E + 2λI)·v} through exact Hessian-vector
 * products, in the {@link HessianProduct#precision() precision} of {@code product} inside and double outside.
 * Confined to one thread.
 */
public final class HessianOperator implements SymmetricOperator {

    private final HessianProduct product;
    private final float[] theta;
    private final double lambda;

    /** ∇²E + 2λI at {@code theta}; λ = 0 gives the Hessian of E itself. */
    public HessianOperator(HessianProduct product, float[] theta, double lambda) {
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("lambda must be >= 0, was " + lambda);
        }
        if (theta.length != product.dimension()) {
            throw new IllegalArgumentException("θ has " + theta.length + " values, the network " + product.dimension());
        }
        this.product = product;
        this.theta = theta.clone();
        this.lambda = lambda;
    }

    @Override
    public int dimension() {
        return theta.length;
    }

    /** {@inheritDoc} {@code v} and {@code result} must be distinct arrays. */
    @Override
    public void apply(double[] v, double[] result) {
        product.apply(theta, v, result);
        for (int i = 0; i < result.length; i++) {
            result[i] += 2 * lambda * v[i];
        }
    }
}
