package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionsCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transitions DIR} without {@code --refine} keeps the refined brackets of transitions.csv (it rewrote them with
 * the grid's coarse brackets, losing a bisection's work), and writes only while it holds the folder's lock.
 */
class TransitionsCliTest {

    @TempDir
    Path root;

    private final CliRunner cli = new CliRunner();

    @Test
    void keepsRefinedBracketsAndRespectsTheLock() throws Exception {
        Path sweep = TinyMlpSweep.run(root.resolve("sweep"), SweepGrid.linear(0, 0.4, 0.02), SweepMode.UP, 4, 1);
        List<Transition> detected = SweepAnalysis.of(
                        SweepFolder.open(sweep).points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                .transitions();
        assertThat(detected).as("the tiny sweep has a transition").isNotEmpty();
        Transition first = detected.get(0);
        double lo = first.lambdaLo() + 0.25 * (first.lambdaHi() - first.lambdaLo());
        double hi = first.lambdaLo() + 0.30 * (first.lambdaHi() - first.lambdaLo());
        List<Transition> refined = new ArrayList<>(detected);
        refined.set(0, first.refined(lo, hi));
        Path file = sweep.resolve(SweepFolder.TRANSITIONS);
        TransitionsCsv.write(file, refined);
        String before = Files.readString(file);

        assertThat(cli.run("transitions", sweep.toString())).as(cli.err()).isZero();

        assertThat(Files.readString(file)).as("the refined bracket survives").isEqualTo(before);
        assertThat(cli.out()).contains(String.format("%12.6g", lo).trim());

        Files.delete(file);
        try (FolderLock lock = FolderLock.acquire(sweep)) {
            assertThat(cli.run("transitions", sweep.toString())).isEqualTo(1);
            assertThat(cli.err()).contains("is being written by another Phasescope process");
        }
        assertThat(file)
                .as("nothing written while another process holds the folder")
                .doesNotExist();
    }
}
