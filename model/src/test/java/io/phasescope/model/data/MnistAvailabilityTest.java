package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistAvailabilityTest {

    @TempDir
    Path dir;

    @Test
    void anMnistTestIsSkippedWithItsReasonOnlyWithoutTheCacheAndWithoutNpm() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path full = Files.createDirectories(dir.resolve("full"));
        for (String name : MnistFiles.NAMES) {
            Files.writeString(full.resolve(name), "");
        }

        assertThat(MnistAvailability.skipReason(Set.of("mnist"), empty, false))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("needs the full MNIST", empty.toString(), "npm is not on the PATH")
                        .contains("sudo apt-get install npm"));
        assertThat(MnistAvailability.skipReason(Set.of("mnist"), empty, true)).isEmpty();
        assertThat(MnistAvailability.skipReason(Set.of("mnist"), full, false)).isEmpty();
        assertThat(MnistAvailability.skipReason(Set.of("slow"), empty, false)).isEmpty();
    }

    @Test
    void npmIsFoundOnlyAsAnExecutableInAPathFolder() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path npm = Files.writeString(bin.resolve("npm"), "#!/bin/sh\n");
        assertThat(MnistAvailability.npmOnPath(bin.toString())).isFalse();
        assertThat(npm.toFile().setExecutable(true)).isTrue();

        assertThat(MnistAvailability.npmOnPath("/nonexistent:" + bin)).isTrue();
        assertThat(MnistAvailability.npmOnPath("")).isFalse();
        assertThat(MnistAvailability.npmOnPath(null)).isFalse();
    }
}
