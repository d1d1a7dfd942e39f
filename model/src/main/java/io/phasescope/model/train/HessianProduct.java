package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;

/**
 * Exact Hessian-vector products {@code ∇²E(θ)·v} of E, the mean softmax cross-entropy over a fixed dataset, for
 * one MLP architecture, in some {@link Precision}. θ is float (as trained and stored); v and the product are
 * double whatever the precision inside. The Hessian of {@code L_λ} is {@code H + 2λI}: add {@code 2λv}. An
 * instance holds native buffers: confine it to one thread and close it.
 */
public interface HessianProduct extends AutoCloseable {

    /** A product of {@code precision} over all of {@code data} for networks of {@code spec}. */
    static HessianProduct of(Precision precision, NetworkSpec spec, Dataset data) {
        return switch (precision) {
            case FLOAT -> new HessianVectorProduct(spec, data);
            case DOUBLE -> new DoubleHessianVectorProduct(spec, data);
        };
    }

    /** The precision of the arithmetic inside. */
    Precision precision();

    /** The parameter count n of the network: the length of θ, v and the product. */
    int dimension();

    /** The number of examples E averages over. */
    int examples();

    /**
     * {@code out = ∇²E(θ)·v} over the whole dataset.
     *
     * @param theta the parameters, n values
     * @param v the direction, n values
     * @param out receives the product, n values
     * @return E(θ) in nats
     * @throws IllegalArgumentException when a vector does not hold n values
     */
    double apply(float[] theta, double[] v, double[] out);

    @Override
    void close();
}
