package io.phasescope.model.landscape;

import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import java.util.Arrays;

/**
 * Permutation alignment of model B's hidden units to model A's by weight matching (Ainsworth, Hayase,
 * Srinivasa 2023, "Git Re-Basin"): coordinate ascent over the hidden layers, each step a linear
 * assignment maximizing ⟨θ_A, π(θ_B)⟩ restricted to that layer's incoming weights, biases and outgoing
 * weights. Permuting hidden units leaves the network's function unchanged.
 */
public final class WeightMatching {

    /** Upper bound on sweeps over the layers. */
    static final int MAX_ROUNDS = 100;

    private WeightMatching() {}

    /** B with its hidden units permuted to best match A; same function as B. */
    public static float[] align(NetworkSpec spec, float[] a, float[] b) {
        ParameterLayout layout = new ParameterLayout(spec);
        int hiddenLayers = layout.layers() - 1;
        int[][] perms = new int[hiddenLayers][];
        for (int l = 0; l < hiddenLayers; l++) {
            perms[l] = identity(layout.fanOut(l));
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int l = 0; l < hiddenLayers; l++) {
                int[] best = Hungarian.maximize(scores(layout, a, b, perms, l));
                if (!Arrays.equals(best, perms[l])) {
                    perms[l] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return permute(layout, b, perms);
    }

    /** score[i][j]: how well B's unit j of hidden layer l matches A's unit i, given the other permutations. */
    private static double[][] scores(ParameterLayout layout, float[] a, float[] b, int[][] perms, int l) {
        int n = layout.fanOut(l);
        int nIn = layout.fanIn(l);
        int[] inputPerm = l == 0 ? identity(nIn) : perms[l - 1];
        int[] outputPerm = l + 1 < perms.length ? perms[l + 1] : identity(layout.fanOut(l + 1));
        int nOut = layout.fanOut(l + 1);
        double[][] score = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = a[layout.biasOffset(l) + i] * (double) b[layout.biasOffset(l) + j];
                for (int p = 0; p < nIn; p++) {
                    s += a[weight(layout, l, p, i)] * (double) b[weight(layout, l, inputPerm[p], j)];
                }
                for (int q = 0; q < nOut; q++) {
                    s += a[weight(layout, l + 1, i, q)] * (double) b[weight(layout, l + 1, j, outputPerm[q])];
                }
                score[i][j] = s;
            }
        }
        return score;
    }

    /** θ′ with new unit i of hidden layer l taken from B's unit perms[l][i]. */
    static float[] permute(ParameterLayout layout, float[] b, int[][] perms) {
        float[] out = b.clone();
        for (int l = 0; l < layout.layers(); l++) {
            int[] inputPerm = l == 0 ? identity(layout.fanIn(0)) : perms[l - 1];
            int[] outputPerm = l < perms.length ? perms[l] : identity(layout.fanOut(l));
            for (int j = 0; j < layout.fanOut(l); j++) {
                for (int p = 0; p < layout.fanIn(l); p++) {
                    out[weight(layout, l, p, j)] = b[weight(layout, l, inputPerm[p], outputPerm[j])];
                }
                out[layout.biasOffset(l) + j] = b[layout.biasOffset(l) + outputPerm[j]];
            }
        }
        return out;
    }

    private static int weight(ParameterLayout layout, int l, int input, int output) {
        return layout.weightOffset(l) + input + output * layout.fanIn(l);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
