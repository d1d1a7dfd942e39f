package io.phasescope.model.curvature;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lanczos process on a symmetric operator from one start vector, with full reorthogonalization
 * (twice, in double precision): an orthonormal Krylov basis q₁…q_m and the tridiagonal T_m = Qᵀ·A·Q.
 * Each {@link #step()} costs one operator application. Confined to one thread.
 */
final class KrylovBasis {

    /** A residual below this means the Krylov space is invariant: no further step is possible. */
    static final double BREAKDOWN = 1e-12;

    private final SymmetricOperator operator;
    private final List<double[]> vectors = new ArrayList<>();
    private final List<Double> alpha = new ArrayList<>();
    private final List<Double> beta = new ArrayList<>();
    private double[] next;
    private double residual = Double.NaN;

    /**
     * Refuses a basis of {@code steps} vectors of {@code dimension} doubles (plus two work vectors) that would
     * take more than half of the maximum heap, before anything is allocated.
     *
     * @throws IllegalArgumentException naming the memory needed, the heap and the largest step count that fits
     */
    static void requireFits(int dimension, int steps) {
        long budget = Runtime.getRuntime().maxMemory() / 2;
        long bytesPerVector = 8L * dimension;
        long needed = (steps + 2L) * bytesPerVector;
        if (needed > budget) {
            throw new IllegalArgumentException(steps + " Lanczos steps on " + dimension + " parameters keep "
                    + needed / (1 << 20) + " MiB of basis vectors, more than half of the " + budget * 2 / (1 << 20)
                    + " MiB heap; use at most " + Math.max(0, budget / bytesPerVector - 2)
                    + " steps, a smaller network, or a larger -Xmx");
        }
    }

    /** Starts from {@code start} (any non-zero vector of the operator's dimension; normalized here, not modified). */
    KrylovBasis(SymmetricOperator operator, double[] start) {
        if (start.length != operator.dimension()) {
            throw new IllegalArgumentException(
                    "start vector has " + start.length + " values, operator dimension is " + operator.dimension());
        }
        double length = Vectors.norm(start);
        if (!(length > 0)) {
            throw new IllegalArgumentException("start vector must be non-zero and finite, its norm was " + length);
        }
        this.operator = operator;
        this.next = start.clone();
        Vectors.scale(next, 1 / length);
    }

    /**
     * Adds the next basis vector q_m, applies the operator to it and orthogonalizes the result against the
     * whole basis.
     *
     * @return the residual norm β_m = ‖A·q_m − Q·T·e_m‖ (the coupling to the next vector)
     * @throws IllegalStateException after a breakdown ({@link #exhausted()})
     */
    double step() {
        if (exhausted()) {
            throw new IllegalStateException("the Krylov space is invariant after " + vectors.size() + " steps");
        }
        double[] q = next;
        if (!vectors.isEmpty()) {
            beta.add(residual);
        }
        vectors.add(q);
        double[] w = new double[q.length];
        operator.apply(q, w);
        alpha.add(Vectors.dot(w, q));
        for (int pass = 0; pass < 2; pass++) {
            for (double[] previous : vectors) {
                Vectors.axpy(-Vectors.dot(w, previous), previous, w);
            }
        }
        residual = Vectors.norm(w);
        if (!exhausted()) {
            Vectors.scale(w, 1 / residual);
            next = w;
        }
        return residual;
    }

    /** Whether the last residual fell below {@link #BREAKDOWN}. */
    boolean exhausted() {
        return residual < BREAKDOWN;
    }

    /** m, the steps taken. */
    int size() {
        return vectors.size();
    }

    /** The basis vectors q₁…q_m (not copies). */
    List<double[]> vectors() {
        return vectors;
    }

    /** The eigen-decomposition of T_m: Ritz values ascending, with their eigenvectors in the basis coordinates. */
    SymmetricEigen.Result ritz() {
        int m = alpha.size();
        double[] diagonal = new double[m];
        double[] offDiagonal = new double[Math.max(0, m - 1)];
        for (int i = 0; i < m; i++) {
            diagonal[i] = alpha.get(i);
            if (i + 1 < m) {
                offDiagonal[i] = beta.get(i);
            }
        }
        return SymmetricEigen.tridiagonal(diagonal, offDiagonal);
    }
}
