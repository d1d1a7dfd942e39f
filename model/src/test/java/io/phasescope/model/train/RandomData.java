package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import java.util.Random;

/** Seeded random datasets and parameter vectors for numeric tests. */
final class RandomData {

    private RandomData() {
    }

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

    static double relativeError(float[] actual, float[] expected) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < actual.length; i++) {
            diff += (actual[i] - expected[i]) * (double) (actual[i] - expected[i]);
            norm += expected[i] * (double) expected[i];
        }
        return Math.sqrt(diff / Math.max(norm, 1e-30));
    }
}
