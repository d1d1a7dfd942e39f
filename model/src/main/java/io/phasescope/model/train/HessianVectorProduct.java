package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;

/**
 * Exact Hessian-vector products H·v of E (mean softmax cross-entropy over a dataset) for an MLP, by
 * Pearlmutter's R-operator ({@link PearlmutterPass}) in float32 with the same BLAS routines as {@link MlpEngine}.
 * The Hessian of {@code L_λ} is {@code H + 2λI}: add {@code 2λv}. Not thread-safe: confine an instance to one
 * thread. {@link DoubleHessianVectorProduct} is the float64 counterpart.
 */
public final class HessianVectorProduct implements HessianProduct {

    private final PearlmutterPass<NativeFloats> pass;
    private final float[] in;
    private final float[] out;

    /** Products over all of {@code data} for networks of {@code spec}. */
    public HessianVectorProduct(NetworkSpec spec, Dataset data) {
        Nd4jRuntime.ensureInitialized();
        pass = new PearlmutterPass<>(FloatArithmetic.INSTANCE, spec, data);
        in = new float[spec.parameterCount()];
        out = new float[spec.parameterCount()];
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT;
    }

    @Override
    public int dimension() {
        return in.length;
    }

    @Override
    public int examples() {
        return pass.examples();
    }

    /**
     * {@code out = ∇²E(θ)·v} over the whole dataset, all in float.
     *
     * @return E(θ) in nats
     */
    public double apply(float[] parameters, float[] v, float[] product) {
        for (float[] x : new float[][] {parameters, v, product}) {
            pass.requireDimension(x.length);
        }
        pass.theta().buffer().put(0, parameters);
        pass.direction().buffer().put(0, v);
        double loss = pass.run();
        pass.product().buffer().get(0, product);
        return loss;
    }

    /** {@inheritDoc} v is rounded to float, the product widened. */
    @Override
    public double apply(float[] theta, double[] v, double[] product) {
        pass.requireDimension(v.length);
        pass.requireDimension(product.length);
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) v[i];
        }
        double loss = apply(theta, in, out);
        for (int i = 0; i < out.length; i++) {
            product[i] = out[i];
        }
        return loss;
    }

    @Override
    public void close() {
        pass.close();
    }
}
