package io.phasescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.workspace.DemoWorkspace;
import io.phasescope.model.data.DatasetException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void aMessageThatAlreadySaysErrorIsNotPrefixedTwice() {
        assertThat(ErrorMessages.describe(new IllegalStateException("Error: the engine failed")))
                .isEqualTo("the engine failed");
    }

    @Test
    void aFullDiskSaysThatARerunResumes() {
        assertThat(ErrorMessages.describe(
                        new IOException("could not write /tmp/a/model.zip (No space left on device)")))
                .startsWith("could not write /tmp/a/model.zip (No space left on device)")
                .contains("free space and run the command again");
    }

    @Test
    void dataThatCannotBeObtainedOffersTheDemoWorkspace() {
        DatasetException missing = DatasetException.unobtainable(Path.of("/cache/mnist"), "cannot obtain MNIST", null);

        assertThat(ErrorMessages.describe(missing))
                .startsWith("/cache/mnist: cannot obtain MNIST")
                .endsWith(DemoWorkspace.OFFER);
        assertThat(ErrorMessages.describe(new DatasetException(Path.of("/data/x"), "label 12 is outside [0, 10)")))
                .doesNotContain("demo");
    }
}
