package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import java.nio.DoubleBuffer;

/**
 * Exact Hessian-vector products H·v of E (mean softmax cross-entropy over a dataset) for an MLP, by
 * Pearlmutter's R-operator ({@link PearlmutterPass}) in float64 throughout: inputs, θ and v are widened to
 * double and OpenBLAS dgemm does the products, so the result carries about 15 significant digits instead of
 * {@link HessianVectorProduct}'s 7, at about twice the time. Not thread-safe: confine an instance to one thread.
 */
public final class DoubleHessianVectorProduct implements HessianProduct {

    private final PearlmutterPass<NativeDoubles> pass;

    /** Products over all of {@code data} for networks of {@code spec}. */
    public DoubleHessianVectorProduct(NetworkSpec spec, Dataset data) {
        pass = new PearlmutterPass<>(DoubleArithmetic.INSTANCE, spec, data);
    }

    @Override
    public Precision precision() {
        return Precision.DOUBLE;
    }

    @Override
    public int dimension() {
        return pass.spec().parameterCount();
    }

    @Override
    public int examples() {
        return pass.examples();
    }

    /** {@inheritDoc} θ is widened to double exactly. */
    @Override
    public double apply(float[] theta, double[] v, double[] product) {
        for (int length : new int[] {theta.length, v.length, product.length}) {
            pass.requireDimension(length);
        }
        DoubleBuffer t = pass.theta().buffer();
        for (int i = 0; i < theta.length; i++) {
            t.put(i, theta[i]);
        }
        pass.direction().buffer().put(0, v);
        double loss = pass.run();
        pass.product().buffer().get(0, product);
        return loss;
    }

    @Override
    public void close() {
        pass.close();
    }
}
