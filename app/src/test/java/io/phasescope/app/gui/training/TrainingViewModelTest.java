package io.phasescope.app.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.task.JobState;
import io.phasescope.app.task.ManualTaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.training.TrainingJob;
import io.phasescope.render.training.TrainingChartData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingViewModelTest {

    private final StatusModel status = new StatusModel();
    private final TrainingViewModel viewModel = new TrainingViewModel(null, new DirectTaskExecutor(), status);

    @Test
    void onlyTrainIsEnabledWhileIdle() {
        assertThat(viewModel.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(viewModel.trainCommand().isExecutable()).isTrue();
        assertThat(viewModel.pauseResumeCommand().isExecutable()).isFalse();
        assertThat(viewModel.pauseResumeCommand().labelProperty().get()).isEqualTo("Pause");
        assertThat(viewModel.stopCommand().isExecutable()).isFalse();
    }

    @Test
    void anInvalidFieldDisablesTrain() {
        viewModel.settings().lambda().field().textProperty().set("lots");
        assertThat(viewModel.trainCommand().isExecutable()).isFalse();

        viewModel.settings().lambda().field().textProperty().set("1e-4");
        assertThat(viewModel.trainCommand().isExecutable()).isTrue();
    }

    @Test
    void trainingOnPatternsProducesEpochPointsAndPredictions() {
        tinyPatternsRun();

        viewModel.trainCommand().execute();

        TrainingChartData charts = viewModel.chartData();
        assertThat(charts.epochCount()).isEqualTo(3);
        assertThat(charts.batchCount()).isEqualTo(3 * 10);
        assertThat(charts.classNames()).containsExactly("horizontal", "vertical+checker", "vertical+blocks");
        assertThat(viewModel.samples())
                .hasSize(TrainingJob.SAMPLE_COUNT)
                .allSatisfy(sample -> assertThat(sample.hasPrediction()).isTrue());
        assertThat(viewModel.samples().get(0).side()).isEqualTo(4);
        assertThat(viewModel.headlineProperty().get()).startsWith("Epoch 3 · train accuracy");
        assertThat(viewModel.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.messageProperty().get())
                .startsWith("Stopped at the epoch limit after 3 epochs (not converged)");
        assertThat(status.errorProperty().get()).isFalse();
        assertThat(status.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.trainCommand().isExecutable()).isTrue();
    }

    @Test
    void commandsFollowTheJobFromLoadingToStopped() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        TrainingViewModel queued = new TrainingViewModel(null, executor, status);
        queued.settings().datasetProperty().set(DatasetChoice.PATTERNS);

        queued.trainCommand().execute();
        assertThat(queued.stateProperty().get()).isEqualTo(JobState.LOADING);
        assertThat(queued.trainCommand().isExecutable()).isFalse();
        assertThat(queued.pauseResumeCommand().isExecutable()).isFalse();
        assertThat(queued.stopCommand().isExecutable()).isTrue();
        assertThat(status.progressProperty().get()).isEqualTo(StatusModel.BUSY);

        queued.stopCommand().execute();
        assertThat(queued.stateProperty().get()).isEqualTo(JobState.STOPPING);
        assertThat(queued.stopCommand().isExecutable()).isFalse();

        executor.runTasks();
        assertThat(queued.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(status.messageProperty().get()).isEqualTo("Stopped before training began");
        assertThat(queued.trainCommand().isExecutable()).isTrue();
        assertThat(queued.chartData().batchCount()).isZero();
    }

    @Test
    void aMissingMnistFolderIsReportedNotThrown(@TempDir Path empty) {
        TrainingViewModel mnist = new TrainingViewModel(empty.resolve("nowhere"), new DirectTaskExecutor(), status);

        mnist.trainCommand().execute();

        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get())
                .startsWith("Cannot load the data: " + empty.resolve("nowhere"))
                .contains("is not a folder");
        assertThat(mnist.stateProperty().get()).isEqualTo(JobState.IDLE);
        assertThat(mnist.chartData().epochCount()).isZero();
    }

    private void tinyPatternsRun() {
        TrainingSettings s = viewModel.settings();
        s.datasetProperty().set(DatasetChoice.PATTERNS);
        s.trainSize().textProperty().set("300");
        s.testSize().textProperty().set("90");
        s.hiddenWidths().textProperty().set("8");
        s.batchSize().textProperty().set("30");
        s.maxEpochs().textProperty().set("3");
        s.patience().textProperty().set("3");
        s.learningRate().textProperty().set("0.01");
        s.lambda().field().textProperty().set("1e-4");
    }
}
