package io.phasescope.app.workspace;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entries of an embedded sweep are checked before anything is extracted. */
class EmbeddedSweepFilesTest {

    @Test
    void unsafeOrIncompleteEmbeddedSweepsAreRefused() {
        Map<String, byte[]> entries =
                Map.of("sweeps/x/sweep.json", new byte[1], "sweeps/x/../../evil.csv", new byte[1]);

        assertThatThrownBy(() -> EmbeddedSweep.files(entries, "sweeps/x/"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("sweeps/x/../../evil.csv");
        assertThatThrownBy(() -> EmbeddedSweep.files(entries, "sweeps/../"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("'sweeps/../'");
        assertThatThrownBy(() -> EmbeddedSweep.files(Map.of("sweeps/y/points.csv", new byte[1]), "sweeps/y/"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("lacks its sweep.json");
    }
}
