package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGKILL during model saves (issue #14, item 4): a child saves a model into one folder round after round and
 * is killed at seeded moments (0–400 ms after its first save, so most kills land in a later save); after every kill the folder loads as the last model saved or the one being saved,
 * whole (spec, θ and θ_ref of one round), never a mixture, and once the folder is written again no hidden staged or
 * temporary file is left.
 */
@Tag("kill")
class ModelKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(ModelKillTest.class);
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesTheOldOrTheNewModelNeverAMixture() throws Exception {
        Path folder = dir.resolve("model");
        ModelStore.save(folder, ModelSaver.model(0));
        Random random = new Random(14);
        Set<String> outcomes = new TreeSet<>();
        int interrupted = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path log = dir.resolve("saver-" + kill + ".log");
            int first = kill * 1000;
            Process saver =
                    ChildProcess.startMain(log, "", ModelSaver.class, folder.toString(), Integer.toString(first));
            waitFor(log, "saved " + first, saver);
            Thread.sleep(random.nextInt(400));
            saver.destroyForcibly();
            assertThat(saver.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<String> saved = Files.readAllLines(log).stream()
                    .filter(l -> l.startsWith("saved "))
                    .toList();
            int lastSaved = Integer.parseInt(saved.get(saved.size() - 1).substring(6));
            int inProgress = lastSaved + 1;
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(p -> p.getFileName().toString().startsWith("."))) {
                    interrupted++;
                }
            }
            SavedModel loaded = ModelStore.load(folder);
            int round = (int) loaded.spec().initSeed();
            assertThat(round).as("kill %d: the old or the new model", kill).isIn(lastSaved, inProgress);
            assertThat(loaded.theta()).as("θ of round %d", round).containsExactly(ModelSaver.theta(round));
            assertThat(loaded.options().thetaRef()[5]).isEqualTo(-ModelSaver.theta(round)[5]);
            assertThat(loaded.dataFingerprint()).isEqualTo("round " + round);
            outcomes.add(round == lastSaved ? "old" : "new");
        }
        ModelStore.save(folder, ModelSaver.model(1), Map.of("metrics.json", ModelSaver.metrics(1)));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("model.zip", "model.json", "theta-ref.bin", "metrics.json");
        }
        LOG.info(
                "Model kill test: {} SIGKILLs, {} of them left a save half done; each left a whole model ({})",
                KILLS,
                interrupted,
                outcomes);
    }

    private static void waitFor(Path log, String line, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(log) && Files.readAllLines(log).contains(line))) {
            assertThat(process.isAlive()).as("the saver runs").isTrue();
            assertThat(System.nanoTime()).as("the saver got ready").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
