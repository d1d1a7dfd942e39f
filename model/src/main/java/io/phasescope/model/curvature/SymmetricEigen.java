package io.phasescope.model.curvature;

/** Eigen-decomposition of a small dense symmetric matrix by cyclic Jacobi rotations (accurate, O(m³) per sweep). */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    private SymmetricEigen() {}

    /**
     * Eigenvalues (ascending) and eigenvectors (columns of {@code vectors}, same order).
     *
     * @param matrix symmetric m×m, not modified
     */
    static Result of(double[][] matrix) {
        int m = matrix.length;
        double[][] a = new double[m][];
        for (int i = 0; i < m; i++) {
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[m][m];
        for (int i = 0; i < m; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < m; p++) {
                for (int q = p + 1; q < m; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < m; p++) {
                for (int q = p + 1; q < m; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < m; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < m; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < m; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[x][x], a[y][y]));
        double[] values = new double[m];
        double[][] vectors = new double[m][m];
        for (int j = 0; j < m; j++) {
            values[j] = a[order[j]][order[j]];
            for (int i = 0; i < m; i++) {
                vectors[i][j] = v[i][order[j]];
            }
        }
        return new Result(values, vectors);
    }

    /** Ascending eigenvalues and matching eigenvector columns. */
    record Result(double[] values, double[][] vectors) {}
}
