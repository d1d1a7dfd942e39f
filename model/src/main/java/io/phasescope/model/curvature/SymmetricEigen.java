package io.phasescope.model.curvature;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dstev;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevd;
import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;

/**
 * Eigen-decompositions of small dense symmetric matrices by LAPACK through the OpenBLAS presets: {@code dsyevd}
 * (divide and conquer) for a full matrix, {@code dstev} for a tridiagonal one such as a Lanczos T_m.
 */
final class SymmetricEigen {

    private static final byte VECTORS = 'V';
    private static final byte UPPER = 'U';

    private SymmetricEigen() {}

    /**
     * Eigenvalues (ascending) and eigenvectors (columns of {@code vectors}, same order).
     *
     * @param matrix symmetric m×m (only its upper triangle is read), not modified
     * @throws ArithmeticException on a non-finite entry, or if LAPACK does not converge
     */
    static Result of(double[][] matrix) {
        int m = matrix.length;
        double[] a = new double[m * m];
        for (int i = 0; i < m; i++) {
            if (matrix[i].length != m) {
                throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " entries, not " + m);
            }
            System.arraycopy(matrix[i], 0, a, i * m, m);
        }
        requireFinite(a, "matrix");
        double[] values = new double[m];
        if (m > 0) {
            check(LAPACKE_dsyevd(LAPACK_ROW_MAJOR, VECTORS, UPPER, m, a, m, values), "dsyevd", m);
        }
        return new Result(values, rows(a, m));
    }

    /**
     * The same for the symmetric tridiagonal matrix with {@code diagonal} (m values) and {@code offDiagonal} (m − 1
     * values, or more: the rest is ignored).
     *
     * @throws ArithmeticException on a non-finite entry, or if LAPACK does not converge
     */
    static Result tridiagonal(double[] diagonal, double[] offDiagonal) {
        int m = diagonal.length;
        if (offDiagonal.length < m - 1) {
            throw new IllegalArgumentException("a tridiagonal matrix of order " + m + " needs " + (m - 1)
                    + " off-diagonal values, got " + offDiagonal.length);
        }
        requireFinite(diagonal, "diagonal");
        requireFinite(offDiagonal, "off-diagonal");
        double[] values = diagonal.clone();
        double[] off = new double[Math.max(1, m)];
        System.arraycopy(offDiagonal, 0, off, 0, Math.max(0, m - 1));
        double[] z = new double[Math.max(1, m * m)];
        if (m > 0) {
            check(LAPACKE_dstev(LAPACK_ROW_MAJOR, VECTORS, m, values, off, z, Math.max(1, m)), "dstev", m);
        }
        return new Result(values, rows(z, m));
    }

    private static void requireFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new ArithmeticException("the " + what + " has " + values[i] + " at " + i);
            }
        }
    }

    private static double[][] rows(double[] rowMajor, int m) {
        double[][] vectors = new double[m][m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(rowMajor, i * m, vectors[i], 0, m);
        }
        return vectors;
    }

    private static void check(int info, String routine, int m) {
        if (info != 0) {
            throw new ArithmeticException(routine + " failed on a " + m + "×" + m + " matrix (info = " + info
                    + (info < 0 ? ": argument " + -info + " was illegal)" : ": did not converge)"));
        }
    }

    /** Ascending eigenvalues and matching eigenvector columns. */
    record Result(double[] values, double[][] vectors) {}
}
