package io.phasescope.app.gui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.training.TrainingRequest;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainingSettingsTest {

    private final TrainingSettings settings = new TrainingSettings(null, new DirectTaskExecutor());

    @Test
    void startsWithThePapersSettings() {
        TrainingRequest request = settings.request();

        assertThat(request.choice()).isEqualTo(DatasetChoice.MNIST);
        assertThat(request.hiddenWidths()).containsExactly(128, 128);
        assertThat(request.activation()).isEqualTo(Activation.SIGMOID);
        assertThat(request.options()).isEqualTo(TrainingOptions.defaults());
        assertThat(settings.architectureProperty().get()).isEqualTo("784-128-128-10 sigmoid · 118 282 parameters");
        assertThat(settings.validProperty().get()).isTrue();
    }

    @Test
    void aNetworkOverTheParameterLimitIsAFieldErrorThatDisablesTraining() {
        settings.hiddenWidths().textProperty().set("16384,16384");
        settings.hiddenWidths().commit();

        assertThat(settings.validProperty().get()).isFalse();
        assertThat(settings.hiddenWidths().errorProperty().get())
                .contains("16384,16384")
                .contains("parameters")
                .contains("limit");
        assertThat(settings.hiddenWidths().getValue()).containsExactly(128, 128);
    }

    @Test
    void buildsTheRequestFromTheFields() {
        settings.datasetProperty().set(DatasetChoice.PATTERNS);
        settings.trainSize().textProperty().set("300");
        settings.hiddenWidths().textProperty().set("8,4");
        settings.activationProperty().set(Activation.TANH);
        settings.learningRate().textProperty().set("0.01");
        settings.batchSize().textProperty().set("16");
        settings.maxEpochs().textProperty().set("3");
        settings.patience().textProperty().set("9");
        settings.seed().textProperty().set("42");
        settings.lambda().field().textProperty().set("1e-4");

        TrainingRequest request = settings.request();

        assertThat(request.data()).isEqualTo(new DataRequest(DataRequest.Kind.PATTERNS, 300, 300, 42, null));
        assertThat(request.spec(16, 3).describe()).isEqualTo("16-8-4-3 tanh");
        TrainingOptions options = request.options();
        assertThat(options.learningRate()).isEqualTo(0.01);
        assertThat(options.batchSize()).isEqualTo(16);
        assertThat(options.maxEpochs()).isEqualTo(3);
        assertThat(options.patience()).isEqualTo(3);
        assertThat(options.shuffleSeed()).isEqualTo(42);
        assertThat(options.lambda()).isEqualTo(1e-4);
    }

    @Test
    void switchingTheDatasetResetsTheSizesAndLimits() {
        settings.datasetProperty().set(DatasetChoice.PATTERNS);

        assertThat(settings.trainSize().textProperty().get()).isEqualTo("600");
        assertThat(settings.testSize().textProperty().get()).isEqualTo("300");
        assertThat(settings.architectureProperty().get()).startsWith("16-128-128-3 sigmoid");
        settings.trainSize().textProperty().set("5000");
        assertThat(settings.trainSize().errorProperty().get())
                .isEqualTo("Train examples must be between 3 and 3 000, was '5000'");
    }

    @Test
    void anInvalidFieldBlocksTheRequestWithItsMessage() {
        settings.batchSize().textProperty().set("lots");

        assertThat(settings.validProperty().get()).isFalse();
        assertThatThrownBy(settings::request).hasMessage("Batch size must be a whole number, was 'lots'");
    }

    @Test
    void theMnistFolderGoesIntoTheDataRequest() {
        TrainingSettings withFolder = new TrainingSettings(Path.of("/data/mnist"), new DirectTaskExecutor());

        assertThat(withFolder.request().data().folder()).isEqualTo(Path.of("/data/mnist"));
        withFolder.datasetProperty().set(DatasetChoice.FASHION);
        assertThat(withFolder.request().data().folder()).isNull();
    }
}
