package io.phasescope.model.landscape;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingOptions;
import java.util.Random;

/**
 * A quadratic Bézier curve φ(t) = (1 − t)²·A + 2t(1 − t)·C + t²·B whose control point C is trained as in
 * Garipov et al. 2018: for each minibatch draw t ~ U(0, 1) and take an Adam step on C along
 * ∂E(φ(t))/∂C = 2t(1 − t)·∇E(φ(t)). The endpoints stay exactly A and B.
 */
public final class BezierPath {

    private BezierPath() {}

    /** φ(t) for control point {@code c}; t = 0 gives exactly A and t = 1 exactly B. */
    public static float[] at(float[] a, float[] c, float[] b, double t) {
        if (t == 0) {
            return a.clone();
        }
        if (t == 1) {
            return b.clone();
        }
        double wa = (1 - t) * (1 - t);
        double wc = 2 * t * (1 - t);
        double wb = t * t;
        float[] theta = new float[a.length];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) (wa * a[i] + wc * c[i] + wb * b[i]);
        }
        return theta;
    }

    /**
     * Trains the control point, starting from the midpoint of A and B, for {@code epochs} passes over
     * {@code train} in minibatches of {@code options.batchSize()} with Adam at {@code options.learningRate()}.
     */
    public static float[] fit(
            Architecture architecture,
            float[] a,
            float[] b,
            Dataset train,
            TrainingOptions options,
            int epochs,
            long seed,
            JobControl control) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        }
        int n = a.length;
        float[] c = new float[n];
        for (int i = 0; i < n; i++) {
            c[i] = (a[i] + b[i]) / 2;
        }
        float[] m = new float[n];
        float[] v = new float[n];
        float[] gradient = new float[n];
        Random random = new Random(seed);
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int batch = Math.min(options.batchSize(), order.length);
        long step = 0;
        try (TrainingEngine engine = Engines.create(architecture, a, options)) {
            for (int epoch = 0; epoch < epochs; epoch++) {
                for (int i = order.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                }
                for (int from = 0; from < order.length; from += batch) {
                    control.checkpoint();
                    double t = random.nextDouble();
                    engine.setParameters(at(a, c, b, t));
                    engine.batchGradient(train, order, from, Math.min(order.length, from + batch), gradient);
                    step++;
                    adam(c, gradient, (float) (2 * t * (1 - t)), m, v, step, options);
                }
            }
        }
        return c;
    }

    private static void adam(float[] c, float[] g, float scale, float[] m, float[] v, long step, TrainingOptions o) {
        double alpha = o.learningRate() * Math.sqrt(1 - Math.pow(o.beta2(), step)) / (1 - Math.pow(o.beta1(), step));
        float b1 = (float) o.beta1();
        float b2 = (float) o.beta2();
        float eps = (float) o.epsilon();
        for (int i = 0; i < c.length; i++) {
            float gi = scale * g[i];
            m[i] = b1 * m[i] + (1 - b1) * gi;
            v[i] = b2 * v[i] + (1 - b2) * gi * gi;
            c[i] -= (float) (alpha * m[i] / (Math.sqrt(v[i]) + eps));
        }
    }
}
