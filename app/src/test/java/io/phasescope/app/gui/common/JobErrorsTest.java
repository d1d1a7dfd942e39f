package io.phasescope.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.logging.LogFolder;
import io.phasescope.app.task.JobErrors;
import io.phasescope.model.data.DatasetException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JobErrorsTest {

    private static final JobErrors ERRORS = new JobErrors("Training", "Cannot train", "a smaller network");

    private final StatusModel status = new StatusModel();

    @Test
    void dataThatCannotBeObtainedOffersTheDemoUntilTheNextMessage() {
        ERRORS.report(status, DatasetException.unobtainable(Path.of("/cache/mnist"), "cannot obtain MNIST", null));

        assertThat(status.messageProperty().get()).isEqualTo("Cannot load the data: /cache/mnist: cannot obtain MNIST");
        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.demoOfferedProperty().get()).isTrue();

        status.info("Opening the demo workspace …");
        assertThat(status.demoOfferedProperty().get()).isFalse();
    }

    @Test
    void malformedDataAndOtherFailuresOfferNoDemo() {
        ERRORS.report(status, new DatasetException(Path.of("/data/labels"), "label 12 is outside [0, 10)"));
        assertThat(status.demoOfferedProperty().get()).isFalse();

        ERRORS.report(status, DatasetException.unobtainable(Path.of("/cache/mnist"), "cannot obtain MNIST", null));
        status.dismissError();
        assertThat(status.demoOfferedProperty().get()).isFalse();

        ERRORS.report(status, new IllegalArgumentException("hidden width must be positive, was 0"));
        assertThat(status.messageProperty().get()).isEqualTo("Cannot train: hidden width must be positive, was 0");
        assertThat(status.demoOfferedProperty().get()).isFalse();
    }

    @Test
    void anUnexpectedFailureNamesTheLogFile() {
        ERRORS.report(status, new IllegalStateException("engine state lost"));

        assertThat(status.messageProperty().get())
                .isEqualTo("Training failed: java.lang.IllegalStateException: engine state lost. Details are in the"
                        + " log file " + LogFolder.file());
        assertThat(LogFolder.file().getParent().getFileName()).hasToString("logs");
    }
}
