package io.phasescope.model.landscape;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.util.List;

/** Small trained minima on the synthetic patterns, for landscape tests. */
final class LandscapeFixtures {

    static final DatasetSplit DATA = new DataRequest(DataRequest.Kind.PATTERNS, 600, 300, 1, null).load(m -> {});

    private LandscapeFixtures() {}

    static NetworkSpec spec(Activation activation) {
        return new NetworkSpec(16, List.of(12, 10), activation, 3, 1);
    }

    static float[] minimum(NetworkSpec spec, long seed) {
        NetworkSpec seeded = spec.withInitSeed(seed);
        TrainingOptions options = TrainingOptions.defaults()
                .withLearningRate(0.01)
                .withEpochs(15, 15)
                .withShuffleSeed(seed);
        try (MlpEngine engine = new MlpEngine(seeded, seeded.initialize(), options)) {
            return Trainer.fit(engine, DATA, options, TrainingListener.none(), JobControl.none(), false)
                    .theta();
        }
    }
}
