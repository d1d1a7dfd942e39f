package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import java.util.Random;

/** Seeded random datasets and parameter vectors for numeric tests. */
final class RandomData {

    private RandomData() {}

    static Dataset dataset(int rows, int features, int classes, long seed) {
        Random random = new Random(seed);
        float[] x = new float[rows * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(classes);
        }
        return new Dataset("random " + seed, rows, features, classes, x, y);
    }

    static float[] vector(int length, double scale, long seed) {
        Random random = new Random(seed);
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            v[i] = (float) (random.nextGaussian() * scale);
        }
        return v;
    }

    /** ‖actual − expected‖ / ‖expected‖. */
    static double relativeError(float[] actual, float[] expected) {
        return relativeError(widened(actual), widened(expected));
    }

    /** ‖actual − expected‖ / ‖expected‖. */
    static double relativeError(double[] actual, double[] expected) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < actual.length; i++) {
            diff += (actual[i] - expected[i]) * (actual[i] - expected[i]);
            norm += expected[i] * expected[i];
        }
        return Math.sqrt(diff / Math.max(norm, 1e-300));
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    static double[] widened(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    static float[] narrowed(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
