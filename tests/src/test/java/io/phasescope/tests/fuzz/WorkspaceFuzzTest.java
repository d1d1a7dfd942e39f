package io.phasescope.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceException;
import io.phasescope.app.workspace.WorkspaceState;
import io.phasescope.model.io.FloatFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded, seeded fuzzing of workspace files: every input opens or is refused with a {@link WorkspaceException}.
 * Seeds: a version-2 file without a sweep (built here) and {@code fuzz/workspace-v2.phasescope} of the corpus, a
 * version-2 file with an embedded sweep.
 */
class WorkspaceFuzzTest {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceFuzzTest.class);

    @TempDir
    Path dir;

    @Test
    void workspaceFiles() throws Exception {
        Path seedFile = dir.resolve("seed.phasescope");
        WorkspaceState state = new WorkspaceState(
                WorkspaceState.FORMAT,
                WorkspaceState.VERSION,
                "fuzz",
                List.of(new WorkspaceState.Model(
                        "m", "o", 16, List.of(8), "sigmoid", 3, 1, "PATTERNS", "models/0.bin")),
                new WorkspaceState.Phase(null, "LAMBDA", 0),
                null);
        WorkspaceArchive.write(seedFile, state, Map.of("models/0.bin", FloatFiles.toBytes(new float[163])));
        Path file = dir.resolve("fuzzed.phasescope");

        Path corpusSeed = Path.of(WorkspaceFuzzTest.class
                .getResource("/fuzz/workspace-v2.phasescope")
                .toURI());
        assertThat(WorkspaceArchive.read(corpusSeed).state().phase().embedded()).isEqualTo("sweeps/fuzz-seed/");
        byte[] embedded = Files.readAllBytes(corpusSeed);
        MutationFuzzer.Report report = MutationFuzzer.run(
                List.of(Files.readAllBytes(seedFile), embedded), 3000, 6, List.of(WorkspaceException.class), input -> {
                    Files.write(file, input);
                    WorkspaceArchive.read(file);
                });

        LOG.info(
                "Fuzzed workspace files: {} inputs, {} opened, {} refused with WorkspaceException, {} findings",
                report.inputs(),
                report.accepted(),
                report.refused(),
                report.findings().size());
        assertThat(report.findings()).as("inputs that failed otherwise").isEmpty();
        assertThat(report.accepted()).isPositive();
    }
}
