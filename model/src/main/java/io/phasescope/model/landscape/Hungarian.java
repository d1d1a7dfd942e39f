package io.phasescope.model.landscape;

import java.util.Arrays;

/**
 * The linear assignment problem by the Hungarian algorithm (Kuhn–Munkres with potentials), O(n³):
 * a permutation maximizing Σ_i score[i][π(i)].
 */
final class Hungarian {

    private Hungarian() {}

    /** π with π[i] = the column assigned to row i, maximizing the total score of a square matrix. */
    static int[] maximize(double[][] score) {
        int n = score.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            if (score[i - 1].length != n) {
                throw new IllegalArgumentException("score must be square, row " + (i - 1) + " has "
                        + score[i - 1].length + " entries for " + n + " rows");
            }
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cost = -score[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cost < minv[j]) {
                            minv[j] = cost;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= n; j++) {
            assignment[p[j] - 1] = j - 1;
        }
        return assignment;
    }
}
