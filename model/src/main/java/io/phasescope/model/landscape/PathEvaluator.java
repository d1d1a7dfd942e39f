package io.phasescope.model.landscape;

import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.Evaluation;
import io.phasescope.model.train.Evaluator;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingOptions;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/** Evaluates any path θ(t) at a grid of t that always contains 0 and 1. */
public final class PathEvaluator {

    private PathEvaluator() {}

    /** Most points {@link #grid} spaces along a path. */
    public static final int MAX_RESOLUTION = 10_001;

    /** {@code resolution} evenly spaced t from {@code from} to {@code to}, plus 0 and 1, ascending. */
    public static double[] grid(double from, double to, int resolution) {
        if (!(to > from) || resolution < 2 || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("need from < to and resolution in [2, " + MAX_RESOLUTION + "], were ["
                    + from + ", " + to + "], " + resolution);
        }
        TreeSet<Double> t = new TreeSet<>();
        for (int i = 0; i < resolution; i++) {
            t.add(from + (to - from) * i / (resolution - 1));
        }
        t.add(0.0);
        t.add(1.0);
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Metrics of θ(t) at each t; cancellation is honoured before every point. */
    public static PathProfile evaluate(
            String kind,
            Architecture architecture,
            DoubleFunction<float[]> path,
            float[] b,
            double[] t,
            DatasetSplit data,
            JobControl control) {
        PathProfileBuilder rows = new PathProfileBuilder();
        try (TrainingEngine engine = Engines.create(architecture, path.apply(0), TrainingOptions.defaults())) {
            for (double at : t) {
                control.checkpoint();
                float[] theta = path.apply(at);
                engine.setParameters(theta);
                Evaluation e = Evaluator.evaluate(engine, data, TrainingOptions.defaults());
                rows.add(
                        at,
                        e.trainLoss(),
                        e.testLoss(),
                        1 - e.trainAccuracy(),
                        1 - e.testAccuracy(),
                        e.perClassAccuracy(),
                        Math.sqrt(Evaluator.squaredDistance(theta, b)));
            }
        }
        return rows.build(kind);
    }
}
