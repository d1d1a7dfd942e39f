package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sweep.json records a fingerprint of the network its parameters belong to (issue #14, item 5): a manifest whose
 * network was edited afterwards (another activation, the same parameter count) is refused, so no reader applies the
 * kept parameters to the wrong network.
 */
class SweepFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void anEditedNetworkIsRefused() throws IOException {
        SweepFolder.openOrCreate(dir, SweepPresets.parse("classroom").spec(null));
        assertThat(SweepFolder.open(dir).spec().network().describe()).endsWith("sigmoid");
        Path manifest = dir.resolve(SweepFolder.MANIFEST);
        Files.writeString(
                manifest,
                Files.readString(manifest).replace("\"activation\" : \"sigmoid\"", "\"activation\" : \"tanh\""));

        assertThatThrownBy(() -> SweepFolder.open(dir))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining("784-128-128-10 tanh")
                .hasMessageContaining("not the network its parameters belong to");
    }
}
