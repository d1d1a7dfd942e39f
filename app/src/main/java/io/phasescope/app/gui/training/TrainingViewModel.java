package io.phasescope.app.gui.training;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.task.StreamingJob;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.JobErrors;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.training.DigitSample;
import io.phasescope.app.training.RunEvent;
import io.phasescope.app.training.TrainingJob;
import io.phasescope.app.training.TrainingOutcome;
import io.phasescope.app.training.TrainingRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.train.BatchProgress;
import io.phasescope.model.train.Evaluation;
import io.phasescope.model.train.StopReason;
import io.phasescope.model.train.TrainingResult;
import io.phasescope.render.training.TrainingChartData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs training jobs for the Training view and turns their progress into chart data, sample
 * predictions, a headline and the status bar. All methods run on the UI thread; the job's events cross
 * over through a {@link StreamingJob}, drained at most every {@link StreamingJob#REFRESH_INTERVAL}.
 */
public final class TrainingViewModel {

    private static final JobErrors ERRORS =
            new JobErrors("Training", "Cannot train with these settings", "fewer examples or a smaller network");

    private final StatusModel status;
    private final TrainingSettings settings;
    private final TrainingChartData charts = new TrainingChartData(DatasetChoice.MNIST.classNames());
    private final ObservableList<DigitSample> samples = FXCollections.observableArrayList();
    private final ObservableList<DigitSample> readOnlySamples = FXCollections.unmodifiableObservableList(samples);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyObjectWrapper<LibraryModel> trainedModel = new ReadOnlyObjectWrapper<>(this, "trainedModel");
    private final StreamingJob<RunEvent> job;
    private final Command train;
    private final Command pauseResume;
    private final Command stop;
    private RunEvent.Started run;
    private TrainingRequest request;
    private BatchProgress lastBatch;

    /**
     * @param mnistFolder a folder of MNIST IDX files, or {@code null} for the verified download cache
     * @param executor runs the jobs and refreshes
     * @param status receives progress and errors
     */
    public TrainingViewModel(Path mnistFolder, TaskExecutor executor, StatusModel status) {
        if (executor == null || status == null) {
            throw new IllegalArgumentException("executor and status must be given, were " + executor + ", " + status);
        }
        this.status = status;
        this.settings = new TrainingSettings(mnistFolder, executor);
        this.job = new StreamingJob<>("training", executor, status, this::drainEvents).etaIsUpperBound();
        train = job.runCommand("Train", settings.validProperty(), this::train);
        pauseResume = job.pauseResumeCommand(() ->
                "Paused" + (lastBatch == null ? "" : " in epoch " + lastBatch.epoch()) + "; press Resume to go on");
        stop = job.cancelCommand("Stop", "Stopping …");
    }

    /** Starts a job with the current settings, or shows why the settings are invalid. */
    private void train() {
        try {
            request = settings.request();
        } catch (IllegalArgumentException e) {
            status.error(e.getMessage());
            return;
        }
        charts.reset(request.choice().classNames());
        samples.clear();
        headline.set("");
        run = null;
        lastBatch = null;
        TrainingRequest started = request;
        job.start(
                "Loading " + request.choice() + " …",
                false,
                (control, emit) -> new TrainingJob(started, emit).call(control),
                this::finished,
                this::stopped,
                error -> ERRORS.report(status, error));
    }

    private void drainEvents(List<RunEvent> events) {
        List<BatchProgress> batches = new ArrayList<>();
        for (RunEvent event : events) {
            if (event instanceof RunEvent.Batch batch) {
                batches.add(batch.progress());
                continue;
            }
            addBatches(batches);
            if (event instanceof RunEvent.Status message) {
                status.info(message.message());
            } else if (event instanceof RunEvent.Started started) {
                started(started);
            } else if (event instanceof RunEvent.Epoch epoch) {
                epoch(epoch);
            }
        }
        addBatches(batches);
    }

    private void started(RunEvent.Started started) {
        run = started;
        Dataset s = started.samples();
        int side = (int) Math.round(Math.sqrt(s.featureCount()));
        List<String> names = charts.classNames();
        List<DigitSample> images = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            float[] pixels = Arrays.copyOfRange(s.features(), i * s.featureCount(), (i + 1) * s.featureCount());
            images.add(new DigitSample(side, pixels, s.labels()[i], DigitSample.NONE, 0, names));
        }
        samples.setAll(images);
        job.running(0);
        status.info("Training " + started.spec().describe() + " on " + InputParsers.group(started.trainSize())
                + " examples, testing on " + InputParsers.group(started.testSize()));
    }

    private void addBatches(List<BatchProgress> batches) {
        if (batches.isEmpty()) {
            return;
        }
        charts.addBatches(batches);
        lastBatch = batches.get(batches.size() - 1);
        batches.clear();
        job.progress(fraction());
        if (job.stateProperty().get() == JobState.TRAINING) {
            status.info(String.format(
                    Locale.ROOT,
                    "Epoch %d of at most %d · minibatch %d/%d · loss %.4f nats",
                    lastBatch.epoch(),
                    run.maxEpochs(),
                    lastBatch.batch(),
                    lastBatch.batchesPerEpoch(),
                    lastBatch.loss()));
        }
    }

    private void epoch(RunEvent.Epoch epoch) {
        Evaluation e = epoch.metrics().evaluation();
        charts.addEpoch(epoch.metrics().epoch(), e);
        List<DigitSample> updated = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            updated.add(samples.get(i).withPrediction(epoch.samplePredictions()[i], epoch.sampleConfidence()[i]));
        }
        samples.setAll(updated);
        headline.set(String.format(
                Locale.ROOT,
                "Epoch %d · train accuracy %.1f %% · test accuracy %.1f %% · " + "test loss %.4f nats · ‖θ‖ = %.2f",
                epoch.metrics().epoch(),
                100 * e.trainAccuracy(),
                100 * e.testAccuracy(),
                e.testLoss(),
                e.norm()));
    }

    private void finished(TrainingResult result) {
        Evaluation e = result.evaluation();
        status.progress(1);
        if (result.stopReason() == StopReason.DIVERGED) {
            status.error(TrainingOutcome.describe(result));
        } else {
            status.info(TrainingOutcome.describe(result));
        }
        trainedModel.set(new LibraryModel(
                String.format(
                        Locale.ROOT,
                        "%s · seed %d · %.1f %%",
                        run.spec().describe(),
                        run.spec().initSeed(),
                        100 * e.testAccuracy()),
                String.format(
                        Locale.ROOT,
                        "trained on %s, λ = %g, %d epochs",
                        request.data().describe(),
                        request.options().lambda(),
                        result.epochs()),
                run.spec(),
                result.theta(),
                request.data().kind()));
    }

    private void stopped() {
        status.info(
                lastBatch == null
                        ? "Stopped before training began"
                        : "Stopped in epoch " + lastBatch.epoch() + " after "
                                + InputParsers.group(lastBatch.iteration()) + " minibatches");
    }

    private double fraction() {
        if (run == null || lastBatch == null) {
            return 0;
        }
        return Math.min(1, lastBatch.iteration() / ((double) run.maxEpochs() * run.batchesPerEpoch()));
    }

    public TrainingSettings settings() {
        return settings;
    }

    /** The chart datasets; change only on the UI thread. */
    public TrainingChartData chartData() {
        return charts;
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return job.stateProperty();
    }

    /** The sample test images with their latest predictions. */
    public ObservableList<DigitSample> samples() {
        return readOnlySamples;
    }

    /** The model of the last training that finished (not one stopped early); null before. */
    public ReadOnlyObjectProperty<LibraryModel> trainedModelProperty() {
        return trainedModel.getReadOnlyProperty();
    }

    /** The latest epoch's metrics in one line, or empty before the first epoch. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public Command trainCommand() {
        return train;
    }

    public Command pauseResumeCommand() {
        return pauseResume;
    }

    public Command stopCommand() {
        return stop;
    }
}
