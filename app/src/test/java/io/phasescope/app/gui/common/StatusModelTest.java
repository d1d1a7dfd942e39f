package io.phasescope.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusModelTest {

    private final StatusModel status = new StatusModel();

    @Test
    void anErrorStaysRedUntilDismissedAndTheMessageStays() {
        status.error("Cannot open x: not a sweep");
        assertThat(status.errorProperty().get()).isTrue();

        status.dismissError();

        assertThat(status.errorProperty().get()).isFalse();
        assertThat(status.messageProperty().get()).isEqualTo("Cannot open x: not a sweep");
    }

    @Test
    void theNextOrdinaryMessageClearsTheError() {
        status.error("Learning rate must be a number");
        status.info("Training …");
        assertThat(status.errorProperty().get()).isFalse();
    }
}
