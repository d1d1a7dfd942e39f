package io.phasescope.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void runsOnlyWhileExecutable() {
        SimpleBooleanProperty enabled = new SimpleBooleanProperty(false);
        AtomicInteger runs = new AtomicInteger();
        Command command = new Command("Go", enabled, runs::incrementAndGet);

        command.execute();
        enabled.set(true);
        command.execute();

        assertThat(runs).hasValue(1);
        assertThat(command.labelProperty().get()).isEqualTo("Go");
    }
}
