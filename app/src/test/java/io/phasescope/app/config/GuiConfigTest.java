package io.phasescope.app.config;

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

    @Test
    void sweepsFolderRoundTripsAndDefaultsToTheHomeFolder() {
        GuiConfig config = new GuiConfig(null, Path.of("/data/sweeps"));

        assertThat(config.toArguments()).containsExactly("--sweeps=/data/sweeps");
        assertThat(GuiConfig.fromNamedArguments(Map.of("sweeps", "/data/sweeps")))
                .isEqualTo(config);
        assertThat(config.sweepsRoot()).isEqualTo(Path.of("/data/sweeps"));
        assertThat(GuiConfig.defaults().sweepsRoot())
                .isEqualTo(Path.of(System.getProperty("user.home"), "phasescope", "sweeps"));
    }

    @Test
    void workspaceRoundTripsAndIsNoneByDefault() {
        GuiConfig config = new GuiConfig(null, null).withWorkspace(Path.of("/class/lab.phasescope"));

        assertThat(config.toArguments()).containsExactly("--workspace=/class/lab.phasescope");
        assertThat(GuiConfig.fromNamedArguments(Map.of("workspace", "/class/lab.phasescope")))
                .isEqualTo(config);
        assertThat(GuiConfig.defaults().workspace()).isNull();
    }
}
