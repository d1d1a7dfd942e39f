package io.phasescope.app.training;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.BatchProgress;
import io.phasescope.model.train.EpochMetrics;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Predictions;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingResult;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * One training run on one background thread: load the data, create the ND4J engine, train with a full
 * evaluation after every epoch, predict the sample images, close the engine. Every step is reported as
 * a {@link RunEvent} to a consumer that must only queue it.
 */
public final class TrainingJob implements BackgroundTask.Work<TrainingResult> {

    /** How many test examples are shown as sample images. */
    public static final int SAMPLE_COUNT = 32;

    private final TrainingRequest request;
    private final Consumer<RunEvent> events;

    public TrainingJob(TrainingRequest request, Consumer<RunEvent> events) {
        if (request == null || events == null) {
            throw new IllegalArgumentException("request and events must be given, were " + request + ", " + events);
        }
        this.request = request;
        this.events = events;
    }

    @Override
    public TrainingResult call(JobControl control) {
        events.accept(new RunEvent.Status("Loading " + request.data().describe() + " …"));
        DatasetSplit split = request.data().load(message -> events.accept(new RunEvent.Status(message)));
        control.checkpoint();
        Dataset test = split.test();
        Dataset samples = test.subset(
                test.name() + " samples",
                IntStream.range(0, Math.min(SAMPLE_COUNT, test.size())).toArray());
        NetworkSpec spec =
                request.spec(split.train().featureCount(), split.train().classCount());
        events.accept(new RunEvent.Status("Starting the ND4J engine for " + spec.describe() + " …"));
        int batch = Math.min(request.options().batchSize(), split.train().size());
        try (MlpEngine engine = new MlpEngine(spec, XavierInit.initialize(spec), request.options())) {
            events.accept(new RunEvent.Started(
                    split.train().size(),
                    test.size(),
                    spec,
                    samples,
                    (split.train().size() + batch - 1) / batch,
                    request.options().maxEpochs()));
            TrainingListener listener = new TrainingListener() {
                @Override
                public void onBatch(BatchProgress progress) {
                    events.accept(new RunEvent.Batch(progress));
                }

                @Override
                public void onEpoch(EpochMetrics metrics) {
                    Predictions predictions = engine.predict(samples);
                    events.accept(new RunEvent.Epoch(metrics, predictions.predicted(), predictions.confidence()));
                }
            };
            return Trainer.fit(engine, split, request.options(), listener, control, true);
        }
    }
}
