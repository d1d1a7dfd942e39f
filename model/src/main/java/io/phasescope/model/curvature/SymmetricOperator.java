package io.phasescope.model.curvature;

/** A symmetric linear map on R^n, such as a Hessian through Hessian-vector products. */
public interface SymmetricOperator {

    /** n. */
    int dimension();

    /** {@code out = A·v}. */
    void apply(double[] v, double[] out);
}
