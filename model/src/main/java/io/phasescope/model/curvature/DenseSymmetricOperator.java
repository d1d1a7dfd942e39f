package io.phasescope.model.curvature;

/**
 * An explicit symmetric n×n matrix as an operator: small Hessians (a toy model's, a tiny network's built
 * column by column) whose exact trace and eigenvalues serve as references for the iterative methods.
 */
public final class DenseSymmetricOperator implements SymmetricOperator {

    private final double[][] matrix;

    /**
     * @param matrix square, n ≥ 1, symmetric to 1e-12 relative to its largest entry; copied
     */
    public DenseSymmetricOperator(double[][] matrix) {
        int n = matrix.length;
        if (n < 1) {
            throw new IllegalArgumentException("matrix must be at least 1×1, was empty");
        }
        double largest = 0;
        for (double[] row : matrix) {
            if (row.length != n) {
                throw new IllegalArgumentException(
                        "matrix must be square, a row of the " + n + "-row matrix held " + row.length + " values");
            }
            for (double x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (!(Math.abs(matrix[i][j] - matrix[j][i]) <= 1e-12 * largest)) {
                    throw new IllegalArgumentException("matrix must be symmetric, entries (" + i + ", " + j + ") = "
                            + matrix[i][j] + " and (" + j + ", " + i + ") = " + matrix[j][i]);
                }
            }
        }
        this.matrix = new double[n][];
        for (int i = 0; i < n; i++) {
            this.matrix[i] = matrix[i].clone();
        }
    }

    /** The diagonal matrix of {@code values}. */
    public static DenseSymmetricOperator diagonal(double... values) {
        double[][] m = new double[values.length][values.length];
        for (int i = 0; i < values.length; i++) {
            m[i][i] = values[i];
        }
        return new DenseSymmetricOperator(m);
    }

    /**
     * Builds {@code operator}'s matrix from its products with the n unit vectors (n applications), then
     * symmetrizes it as (A + Aᵀ)/2, which removes the float32 rounding of Hessian-vector products.
     */
    public static DenseSymmetricOperator materialize(SymmetricOperator operator) {
        int n = operator.dimension();
        double[][] m = new double[n][n];
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1;
            operator.apply(unit, column);
            unit[j] = 0;
            for (int i = 0; i < n; i++) {
                m[i][j] = column[i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double mean = (m[i][j] + m[j][i]) / 2;
                m[i][j] = mean;
                m[j][i] = mean;
            }
        }
        return new DenseSymmetricOperator(m);
    }

    @Override
    public int dimension() {
        return matrix.length;
    }

    @Override
    public void apply(double[] v, double[] out) {
        for (int i = 0; i < matrix.length; i++) {
            out[i] = Vectors.dot(matrix[i], v);
        }
    }

    /** The exact trace. */
    public double trace() {
        double t = 0;
        for (int i = 0; i < matrix.length; i++) {
            t += matrix[i][i];
        }
        return t;
    }

    /** All eigenvalues, ascending (Jacobi rotations, accurate to rounding; O(n³), for n up to a few hundred). */
    public double[] eigenvalues() {
        return SymmetricEigen.of(matrix).values();
    }

    /** Entry (i, j). */
    public double get(int i, int j) {
        return matrix[i][j];
    }
}
