package io.phasescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuiConfigTest {

    @Test
    void dataFolderRoundTripsThroughApplicationArguments() {
        GuiConfig config = new GuiConfig(Path.of("/data/mnist"));

        assertThat(config.toArguments()).containsExactly("--data=/data/mnist");
        assertThat(GuiConfig.fromNamedArguments(Map.of("data", "/data/mnist"))).isEqualTo(config);
        assertThat(GuiConfig.fromNamedArguments(Map.of())).isEqualTo(GuiConfig.defaults());
        assertThat(GuiConfig.defaults().toArguments()).isEmpty();
    }
}
