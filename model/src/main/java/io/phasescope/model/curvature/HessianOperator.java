package io.phasescope.model.curvature;

import io.phasescope.model.train.HessianVectorProduct;

/**
 * The Hessian of L_λ at θ as a symmetric operator: {@code (∇²E + 2λI)·v} through exact Hessian-vector
 * products (float32 inside, double outside). Confined to one thread.
 */
public final class HessianOperator implements SymmetricOperator {

    private final HessianVectorProduct product;
    private final float[] theta;
    private final double lambda;
    private final float[] in;
    private final float[] out;

    /** ∇²E + 2λI at {@code theta}; λ = 0 gives the Hessian of E itself. */
    public HessianOperator(HessianVectorProduct product, float[] theta, double lambda) {
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("lambda must be >= 0, was " + lambda);
        }
        this.product = product;
        this.theta = theta.clone();
        this.lambda = lambda;
        this.in = new float[theta.length];
        this.out = new float[theta.length];
    }

    @Override
    public int dimension() {
        return theta.length;
    }

    @Override
    public void apply(double[] v, double[] result) {
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) v[i];
        }
        product.apply(theta, in, out);
        for (int i = 0; i < out.length; i++) {
            result[i] = out[i] + 2 * lambda * v[i];
        }
    }
}
