package io.phasescope.model.curvature;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Seeded operators with known spectra and a tiny network for the curvature tests. */
final class CurvatureFixtures {

    /** A 5-4-3 tanh network (39 parameters), 40 random examples and a random θ with scale 0.7. */
    static final NetworkSpec TINY = new NetworkSpec(5, List.of(4), Activation.TANH, 3, 2);

    /** 300 training and 150 test images of the patterns, subsets drawn with seed 1. */
    static final DataRequest PATTERNS = new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null);

    /** A 16-8-3 sigmoid MLP for the patterns (163 parameters). */
    static final NetworkSpec PATTERNS_MLP = new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1);

    private CurvatureFixtures() {}

    /**
     * A finished six-point up sweep (λ = 0, 0.01, …, 0.05, 4 epochs a step) of {@link #PATTERNS_MLP} on {@code data}
     * (loaded from {@link #PATTERNS}) in {@code folder}, parameters kept every 2nd point.
     */
    static SweepFolder patternsSweep(Path folder, DatasetSplit data) throws IOException {
        SweepSpec spec = new SweepSpec(
                "spectra",
                PATTERNS,
                PATTERNS_MLP,
                TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2).withLearningRate(0.01),
                SweepGrid.linear(0, 0.05, 0.01),
                SweepMode.UP,
                List.of(1L),
                2);
        SweepFolder sweep = SweepFolder.openOrCreate(folder, spec);
        Pathfinder.run(sweep, data, 1, SweepListener.none(), JobControl.none());
        return sweep;
    }

    /** The {@code k} values of largest magnitude, by descending magnitude (by sorting: the reference for Lanczos). */
    static double[] largestMagnitude(double[] eigenvalues, int k) {
        return Arrays.stream(eigenvalues)
                .boxed()
                .sorted(Comparator.comparingDouble((Double v) -> Math.abs(v)).reversed())
                .limit(k)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** A fixed random Householder reflection of a diagonal matrix: same eigenvalues, dense eigenvectors. */
    static SymmetricOperator rotatedDiagonal(double[] eigenvalues, long seed) {
        int n = eigenvalues.length;
        double[] householder = new Random(seed).doubles(n).map(x -> x - 0.5).toArray();
        Vectors.scale(householder, 1 / Vectors.norm(householder));
        return new SymmetricOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void apply(double[] v, double[] out) {
                double p = 2 * Vectors.dot(householder, v);
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = eigenvalues[i] * (v[i] - p * householder[i]);
                }
                double q = 2 * Vectors.dot(householder, w);
                for (int i = 0; i < n; i++) {
                    out[i] = w[i] - q * householder[i];
                }
            }
        };
    }

    static Dataset tinyData() {
        Random random = new Random(9);
        float[] x = new float[40 * 5];
        int[] y = new int[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextInt(3);
        }
        return new Dataset("tiny", 40, 5, 3, x, y);
    }

    static float[] tinyTheta() {
        Random random = new Random(10);
        float[] theta = new float[TINY.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) (random.nextGaussian() * 0.7);
        }
        return theta;
    }
}
