package io.phasescope.app.library;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.model.train.TrainingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Trains one network per seed (initialization and shuffling), two at a time (one per core), and hands each
 * finished model to {@code finished} on the worker thread. The models are independent minima for the
 * landscape explorer.
 */
public final class SeedTrainingJob implements BackgroundTask.Work<Integer> {

    private final DataRequest data;
    private final NetworkSpec network;
    private final TrainingOptions options;
    private final List<Long> seeds;
    private final Consumer<LibraryModel> finished;

    public SeedTrainingJob(
            DataRequest data,
            NetworkSpec network,
            TrainingOptions options,
            List<Long> seeds,
            Consumer<LibraryModel> finished) {
        this.data = data;
        this.network = network;
        this.options = options;
        this.seeds = List.copyOf(seeds);
        this.finished = finished;
    }

    @Override
    public Integer call(JobControl control) throws Exception {
        DatasetSplit split = data.load(message -> {});
        control.checkpoint();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, seeds.size()), runnable -> {
            Thread thread = new Thread(runnable, "seed-training");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (long seed : seeds) {
                runs.add(pool.submit(() -> {
                    finished.accept(train(split, seed, control));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                await(run);
            }
        } finally {
            pool.shutdownNow();
        }
        return seeds.size();
    }

    private LibraryModel train(DatasetSplit split, long seed, JobControl control) {
        NetworkSpec spec = network.withInitSeed(seed);
        TrainingOptions seeded = options.withShuffleSeed(seed);
        try (TrainingEngine engine = Engines.create(spec, XavierInit.initialize(spec), seeded)) {
            TrainingResult result = Trainer.fit(engine, split, seeded, TrainingListener.none(), control, false);
            return new LibraryModel(
                    String.format(
                            Locale.ROOT,
                            "seed %d · %s · %.1f %%",
                            seed,
                            spec.describe(),
                            100 * result.evaluation().testAccuracy()),
                    String.format(
                            Locale.ROOT,
                            "trained on %s, %d epochs, %s",
                            data.describe(),
                            result.epochs(),
                            result.stopReason().words()),
                    spec,
                    result.theta(),
                    data.kind());
        }
    }

    private static void await(Future<?> run) throws Exception {
        try {
            run.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
