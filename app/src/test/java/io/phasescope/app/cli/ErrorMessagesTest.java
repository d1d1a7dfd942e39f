package io.phasescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
}
