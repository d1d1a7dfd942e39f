package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.workspace.WorkspaceArchive;
import io.phasescope.app.workspace.WorkspaceState;
import io.phasescope.model.io.FloatFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGKILL during workspace saves: a child process saves a 16 MiB workspace over and over and is killed at
 * seeded random moments; after every kill the file opens whole (the previous or the newest save, never a
 * mixture), and only hidden temporary siblings may be left behind.
 */
class WorkspaceKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceKillTest.class);
    private static final int KILLS = 10;
    private static final int MODELS = 16;

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesAWholeWorkspace() throws Exception {
        Path file = dir.resolve("session.phasescope");
        WorkspaceArchive.write(file, WorkspaceSaver.workspace(MODELS, -1), WorkspaceSaver.parameters(MODELS));
        Random random = new Random(11);
        TreeSet<String> seen = new TreeSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = ChildProcess.startMain(
                    dir.resolve("saver.log"), "", WorkspaceSaver.class, file.toString(), Integer.toString(MODELS));
            Thread.sleep(400 + random.nextInt(1600));
            saver.destroyForcibly();
            assertThat(saver.waitFor(30, TimeUnit.SECONDS)).isTrue();

            WorkspaceArchive.Contents contents = WorkspaceArchive.read(file);
            assertThat(contents.state().models()).as("kill %d", kill).hasSize(MODELS);
            String round = contents.state().models().get(0).name().replaceAll(".* of round ", "");
            for (WorkspaceState.Model m : contents.state().models()) {
                assertThat(m.name()).as("one save, not a mixture").endsWith(" of round " + round);
                float[] theta =
                        FloatFiles.fromBytes(contents.entry(m.parameters()), WorkspaceSaver.PARAMETERS, m.parameters());
                assertThat(theta[Integer.parseInt(m.name().split(" ")[1])]).isPositive();
            }
            seen.add(round);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("saver.log")))
                    .allMatch(n -> n.equals("session.phasescope") || n.startsWith(".session.phasescope"));
        }
        LOG.info(
                "Workspace kill test: {} SIGKILLs during saves; the file opened whole every time; rounds seen {}",
                KILLS,
                seen);
        assertThat(seen).as("the saves went on between kills").hasSizeGreaterThan(1);
    }
}
