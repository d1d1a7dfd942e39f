package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;

/**
 * ∇E in double by plain per-example backpropagation with its own activation formulas: the independent reference
 * that the double Hessian-vector product is checked against by finite differences.
 */
final class ReferenceGradient {

    private ReferenceGradient() {}

    /** ∇E(θ), E the mean softmax cross-entropy of {@code spec} over {@code data}. */
    static double[] of(NetworkSpec spec, Dataset data, double[] theta) {
        ParameterLayout layout = new ParameterLayout(spec);
        int layers = layout.layers();
        double[] gradient = new double[theta.length];
        for (int r = 0; r < data.size(); r++) {
            double[][] z = new double[layers][];
            double[][] a = new double[layers][];
            a[0] = new double[layout.fanIn(0)];
            for (int i = 0; i < a[0].length; i++) {
                a[0][i] = data.features()[r * a[0].length + i];
            }
            for (int l = 0; l < layers; l++) {
                z[l] = affine(layout, l, theta, a[l]);
                if (l + 1 < layers) {
                    a[l + 1] = new double[z[l].length];
                    for (int j = 0; j < z[l].length; j++) {
                        a[l + 1][j] = f(spec, z[l][j]);
                    }
                }
            }
            double[] delta = softmaxDelta(z[layers - 1], data.labels()[r], data.size());
            for (int l = layers - 1; l >= 0; l--) {
                int nIn = layout.fanIn(l);
                double[] below = new double[nIn];
                for (int j = 0; j < delta.length; j++) {
                    gradient[layout.biasOffset(l) + j] += delta[j];
                    for (int i = 0; i < nIn; i++) {
                        gradient[layout.weightOffset(l) + i + j * nIn] += delta[j] * a[l][i];
                        below[i] += theta[layout.weightOffset(l) + i + j * nIn] * delta[j];
                    }
                }
                if (l > 0) {
                    for (int i = 0; i < nIn; i++) {
                        below[i] *= fPrime(spec, z[l - 1][i]);
                    }
                }
                delta = below;
            }
        }
        return gradient;
    }

    private static double[] affine(ParameterLayout layout, int l, double[] theta, double[] in) {
        double[] z = new double[layout.fanOut(l)];
        for (int j = 0; j < z.length; j++) {
            double s = theta[layout.biasOffset(l) + j];
            for (int i = 0; i < in.length; i++) {
                s += theta[layout.weightOffset(l) + i + j * in.length] * in[i];
            }
            z[j] = s;
        }
        return z;
    }

    /** (p − y)/N. */
    private static double[] softmaxDelta(double[] logits, int label, int examples) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double total = 0;
        double[] p = new double[logits.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            total += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] = (p[c] / total - (c == label ? 1 : 0)) / examples;
        }
        return p;
    }

    private static double f(NetworkSpec spec, double z) {
        return switch (spec.activation()) {
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case TANH -> Math.tanh(z);
            case RELU -> Math.max(0, z);
        };
    }

    private static double fPrime(NetworkSpec spec, double z) {
        return switch (spec.activation()) {
            case SIGMOID -> Math.exp(-z) / ((1 + Math.exp(-z)) * (1 + Math.exp(-z)));
            case TANH -> 1 / (Math.cosh(z) * Math.cosh(z));
            case RELU -> z > 0 ? 1 : 0;
        };
    }
}
