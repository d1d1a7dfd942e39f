package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private final NetworkSpec spec = new NetworkSpec(10, List.of(8), Activation.SIGMOID, 3, 3);
    private final DatasetSplit data =
            new DatasetSplit(RandomData.dataset(200, 10, 3, 1), RandomData.dataset(50, 10, 3, 2));

    @Test
    void cancelStopsWithinOneBatch() {
        JobControl control = new JobControl();
        AtomicInteger batches = new AtomicInteger();
        TrainingListener cancelAtThird = new TrainingListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                if (batches.incrementAndGet() == 3) {
                    control.cancel();
                }
            }
        };
        try (MlpEngine engine = new MlpEngine(spec, XavierInit.initialize(spec), TrainingOptions.defaults())) {
            TrainingOptions options =
                    TrainingOptions.defaults().withBatchSize(10).withEpochs(5, 5);
            assertThatThrownBy(() -> Trainer.fit(engine, data, options, cancelAtThird, control, false))
                    .isInstanceOf(CancelledException.class);
            assertThat(batches).hasValue(3);
        }
    }

    @Test
    void reportsEveryBatchAndEpochAndStopsAtMaxEpochs() {
        List<EpochMetrics> epochs = new ArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                batches.incrementAndGet();
                assertThat(progress.batchesPerEpoch()).isEqualTo(7);
            }

            @Override
            public void onEpoch(EpochMetrics metrics) {
                epochs.add(metrics);
            }
        };
        TrainingOptions options =
                TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 4).withLearningRate(1e-2);
        try (MlpEngine engine = new MlpEngine(spec, XavierInit.initialize(spec), options)) {
            TrainingResult result = Trainer.fit(engine, data, options, listener, JobControl.none(), true);
            assertThat(result.epochs()).isEqualTo(4);
            assertThat(batches).hasValue(4 * 7);
            assertThat(epochs).extracting(EpochMetrics::epoch).containsExactly(1, 2, 3, 4);
            assertThat(epochs.get(3).objective()).isLessThan(epochs.get(0).objective());
            assertThat(result.evaluation().perClassAccuracy()).hasSize(3);
        }
    }

    @Test
    void earlyStoppingEndsAfterPatienceEpochsWithoutImprovement() {
        // A learning rate far too large for this net makes the objective stall and oscillate.
        TrainingOptions options =
                TrainingOptions.defaults().withBatchSize(200).withEpochs(200, 2).withLearningRate(5);
        try (MlpEngine engine = new MlpEngine(spec, XavierInit.initialize(spec), options)) {
            TrainingResult result =
                    Trainer.fit(engine, data, options, TrainingListener.none(), JobControl.none(), false);
            // early stopping ended it (the loss it stalled at may count as diverged, but not as the epoch limit)
            assertThat(result.stopReason()).isNotEqualTo(StopReason.EPOCH_LIMIT);
            assertThat(result.epochs()).isLessThan(200);
            List<EpochMetrics> h = result.history();
            double best = h.stream()
                    .limit(h.size() - 2)
                    .mapToDouble(EpochMetrics::objective)
                    .min()
                    .orElseThrow();
            assertThat(h.get(h.size() - 1).objective()).isGreaterThanOrEqualTo(best);
            assertThat(h.get(h.size() - 2).objective()).isGreaterThanOrEqualTo(best);
        }
    }

    @Test
    void divergenceIsCaughtWithinOneBatchAndTheEpochStartIsRestored() {
        float[] theta = XavierInit.initialize(spec);
        float[] poisoned = theta.clone();
        poisoned[5] = Float.NaN;
        AtomicInteger batches = new AtomicInteger();
        TrainingListener counter = new TrainingListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                batches.incrementAndGet();
            }
        };
        try (MlpEngine engine = new MlpEngine(spec, poisoned, TrainingOptions.defaults())) {
            assertThatThrownBy(() ->
                            Trainer.fit(engine, data, TrainingOptions.defaults(), counter, JobControl.none(), false))
                    .isInstanceOf(DivergenceException.class)
                    .hasMessageContaining("epoch 1, minibatch 1")
                    .hasMessageContaining("parameters restored to the start of the epoch");
            assertThat(batches).hasValue(0);
            assertThat(Float.isNaN(engine.parameters()[5])).isTrue();
            assertThat(engine.parameters()[6]).isEqualTo(poisoned[6]);
        }
    }

    /**
     * Same seeds, data and options on one thread: bit-identical θ, epoch objectives and every evaluated
     * metric (losses, accuracies, confusion counts, norms). docs/reliability.md gives the measured tolerance
     * with more threads.
     */
    @Test
    void sameSeedsGiveBitIdenticalParametersAndMetrics() {
        TrainingOptions options =
                TrainingOptions.defaults().withBatchSize(16).withEpochs(3, 3).withLambda(1e-3);
        TrainingResult first = trainOnce(options);
        TrainingResult second = trainOnce(options);

        assertThat(second.theta()).containsExactly(first.theta());
        assertThat(second.epochs()).isEqualTo(first.epochs());
        for (int e = 0; e < first.history().size(); e++) {
            EpochMetrics a = first.history().get(e);
            EpochMetrics b = second.history().get(e);
            assertThat(b.objective()).as("epoch %d objective", e + 1).isEqualTo(a.objective());
            assertThat(b.evaluation())
                    .as("epoch %d evaluation", e + 1)
                    .usingRecursiveComparison()
                    .withStrictTypeChecking()
                    .isEqualTo(a.evaluation());
        }
        assertThat(second.evaluation()).usingRecursiveComparison().isEqualTo(first.evaluation());
    }

    private TrainingResult trainOnce(TrainingOptions options) {
        try (MlpEngine engine = new MlpEngine(spec, XavierInit.initialize(spec), options)) {
            return Trainer.fit(engine, data, options, TrainingListener.none(), JobControl.none(), true);
        }
    }
}
