package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataRequestTest {

    @Test
    void subsetsLargerThanAKnownDatasetAreRefusedWhenAsked() {
        assertThatThrownBy(() -> new DataRequest(DataRequest.Kind.PATTERNS, 12_000, 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("train subset size must be in [0, 3000] for Patterns (0 = all), was 12000");
        assertThatThrownBy(() -> new DataRequest(DataRequest.Kind.PATTERNS_PAPER, 0, 901, 1, null))
                .hasMessageContaining("test subset size must be in [0, 900] for Paper patterns");
        assertThatThrownBy(() -> new DataRequest(DataRequest.Kind.MNIST, 60_001, 0, 1, null))
                .hasMessageContaining("train subset size must be in [0, 60000] for MNIST");
        assertThatThrownBy(() -> new DataRequest(DataRequest.Kind.FASHION, 0, 10_001, 1, null))
                .hasMessageContaining("test subset size must be in [0, 10000] for Fashion-MNIST");
        assertThatThrownBy(() -> new DataRequest(DataRequest.Kind.MNIST, 10_001, 0, 1, BundledMnist.CHOICE))
                .hasMessageContaining("train subset size must be in [0, 10000] for MNIST");
    }

    @Test
    void aUsersOwnFolderIsCheckedWhenLoaded() {
        assertThatCode(() -> new DataRequest(DataRequest.Kind.MNIST, 100_000, 0, 1, Path.of("/data/my-mnist")))
                .doesNotThrowAnyException();
        assertThatCode(() -> new DataRequest(DataRequest.Kind.PATTERNS, 3000, 900, 1, null))
                .doesNotThrowAnyException();
    }
}
