package io.phasescope.app.landscape;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.Evaluator;
import io.phasescope.model.train.Predictions;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingOptions;
import java.util.stream.IntStream;

/** Evaluates one parameter vector on test images, on the calling (worker) thread with its own engine. */
public final class ModelProbe {

    /** Sample images shown with their predictions. */
    public static final int SAMPLES = 12;

    private ModelProbe() {}

    public static ProbeResult evaluate(String label, Architecture architecture, float[] theta, Dataset test) {
        Dataset samples = test.subset(
                test.name() + " samples",
                IntStream.range(0, Math.min(SAMPLES, test.size())).toArray());
        try (TrainingEngine engine = Engines.create(architecture, theta, TrainingOptions.defaults())) {
            Predictions all = engine.predict(test);
            Predictions shown = engine.predict(samples);
            return new ProbeResult(
                    label,
                    all.meanLoss(),
                    Evaluator.accuracy(all, test),
                    Evaluator.perClassAccuracy(Evaluator.confusion(all, test)),
                    samples,
                    shown.predicted(),
                    shown.confidence());
        }
    }
}
