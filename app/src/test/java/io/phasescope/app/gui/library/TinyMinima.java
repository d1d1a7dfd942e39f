package io.phasescope.app.gui.library;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.util.List;

/** Two small trained minima of the synthetic patterns (16-8-3 sigmoid MLPs, seeds 1 and 2), for view-model tests. */
public final class TinyMinima {

    /** The network of both minima (init seed 1). */
    public static final NetworkSpec NET = new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1);
    /** The options they were trained with. */
    public static final TrainingOptions OPTIONS =
            TrainingOptions.defaults().withBatchSize(32).withEpochs(6, 3).withLearningRate(0.01);
    /** All of the synthetic patterns. */
    public static final DatasetSplit DATA = new DataRequest(DataRequest.Kind.PATTERNS, 0, 0, 1, null).load(m -> {});

    private static float[][] minima;

    private TinyMinima() {}

    /** The parameters of minimum {@code k} (0 or 1), trained once per test run. */
    public static synchronized float[] minimum(int k) {
        if (minima == null) {
            minima = new float[2][];
            for (int s = 0; s < 2; s++) {
                NetworkSpec spec = NET.withInitSeed(s + 1);
                try (TrainingEngine engine = Engines.create(spec, XavierInit.initialize(spec), OPTIONS)) {
                    minima[s] = Trainer.fit(
                                    engine,
                                    DATA,
                                    OPTIONS.withShuffleSeed(s + 1),
                                    TrainingListener.none(),
                                    JobControl.none(),
                                    false)
                            .theta();
                }
            }
        }
        return minima[k];
    }

    /** Adds both minima to {@code library} as "minimum 1" and "minimum 2". */
    public static void addBoth(ModelLibrary library) {
        for (int s = 0; s < 2; s++) {
            library.add("minimum " + (s + 1), "test", NET.withInitSeed(s + 1), minimum(s), DataRequest.Kind.PATTERNS);
        }
    }

    /** Mean cross-entropy of {@code theta} on the test patterns, nats. */
    public static double testLoss(float[] theta) {
        try (TrainingEngine engine = Engines.create(NET, theta, OPTIONS)) {
            return engine.predict(DATA.test()).meanLoss();
        }
    }
}
