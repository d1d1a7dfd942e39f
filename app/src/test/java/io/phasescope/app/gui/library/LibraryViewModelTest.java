package io.phasescope.app.gui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.library.SeedTrainingJob;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {

    private static final NetworkSpec NET = new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1);

    @TempDir
    Path dir;

    private final StatusModel status = new StatusModel();
    private final ModelLibrary library = new ModelLibrary();
    private final LibraryViewModel viewModel = new LibraryViewModel(library, null, new DirectTaskExecutor(), status);

    @Test
    void aSavedModelLoadsUnderItsFolderNameAndNamesStayUnique() throws Exception {
        float[] theta = XavierInit.initialize(NET);
        ModelStore.save(
                dir.resolve("minimum"),
                new SavedModel(NET, TrainingOptions.defaults(), theta, "fp", "Patterns 4×4 train"));

        viewModel.load(dir.resolve("minimum"));
        viewModel.load(dir.resolve("minimum"));

        assertThat(library.models()).extracting(LibraryModel::name).containsExactly("minimum", "minimum (2)");
        assertThat(library.models().get(0).theta()).containsExactly(theta);
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("minimum (2)");
        viewModel.removeCommand().execute();
        assertThat(library.models()).extracting(LibraryModel::name).containsExactly("minimum");
    }

    @Test
    void aFolderWithoutAModelIsAClearErrorAndAddsNothing() {
        viewModel.load(dir.resolve("nothing-here"));

        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get())
                .startsWith("Cannot load a model from")
                .contains("nothing-here");
        assertThat(library.models()).isEmpty();
    }

    @Test
    void seedTrainingDeliversOneTrainedMinimumPerSeed() throws Exception {
        List<LibraryModel> trained = new ArrayList<>();
        SeedTrainingJob job = new SeedTrainingJob(
                new DataRequest(DataRequest.Kind.PATTERNS, 0, 0, 1, null),
                NET,
                TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2).withLearningRate(0.01),
                List.of(3L, 4L),
                model -> {
                    synchronized (trained) {
                        trained.add(model);
                    }
                });

        assertThat(job.call(JobControl.none())).isEqualTo(2);

        assertThat(trained).hasSize(2);
        assertThat(trained).extracting(m -> m.spec().initSeed()).containsExactlyInAnyOrder(3L, 4L);
        assertThat(trained.get(0).theta()).isNotEqualTo(trained.get(1).theta());
        assertThat(trained.get(0).name()).startsWith("seed ").contains("16-8-3");
    }

    @Test
    void aModelMustMatchItsArchitecture() {
        assertThatThrownBy(() -> new LibraryModel("m", "o", NET, new float[3], DataRequest.Kind.MNIST))
                .hasMessageContaining("theta has 3 values");
    }
}
