package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The partial-transition criterion on the committed paper sweep, the Classroom demo and the noise-only control. */
class PartialTransitionDetectorTest {

    private static final Logger LOG = LoggerFactory.getLogger(PartialTransitionDetectorTest.class);
    private static final Path PAPER = Path.of("..", "docs", "results", "paper-seed1");
    private static final Path DEMO = Path.of(
            "..", "assets", "src", "main", "resources", "io", "phasescope", "assets", "demo", "demo.phasescope");
    /** Noise seeds of the false-positive measurement. */
    static final int CONTROL_SEEDS = 1000;

    @TempDir
    Path temp;

    private SweepAnalysis paper() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("paper-seed1"));
        for (String name : List.of(SweepFolder.MANIFEST, "points.csv")) {
            Files.copy(PAPER.resolve(name), copy.resolve(name));
        }
        return SweepAnalysis.of(SweepFolder.open(copy).points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD);
    }

    @Test
    void thePaperSweepsWeakEventNearLambda0_0123IsPartialAndTheFourFullTransitionsStay() throws IOException {
        List<Transition> transitions = paper().transitions();

        assertThat(transitions)
                .extracting(Transition::kind)
                .containsExactly(
                        TransitionKind.PARTIAL,
                        TransitionKind.FULL,
                        TransitionKind.FULL,
                        TransitionKind.FULL,
                        TransitionKind.FULL);
        Transition partial = transitions.get(0);
        assertThat(partial.bracketLow()).isBetween(0.0120, 0.01215);
        assertThat(partial.bracketHigh()).isBetween(0.01245, 0.0127);
        assertThat(partial.classesLost()).contains(5);
        double[] refined = {0.01831875, 0.0292125, 0.0373875, 0.0423125};
        for (int i = 0; i < refined.length; i++) {
            assertThat(refined[i])
                    .isBetween(
                            transitions.get(i + 1).bracketLow(),
                            transitions.get(i + 1).bracketHigh());
        }
    }

    @Test
    void theNoiseOnlyControlHasNoTransition() {
        SweepAnalysis analysis = SweepAnalysis.of(PlateauNoise.plateau(1, 1.0), SweepAnalysis.DEFAULT_HOLD_THRESHOLD);

        assertThat(analysis.transitions()).isEmpty();
    }

    @Test
    void noFalsePositivesOverAThousandNoiseSeedsAtTheMeasuredJitter() {
        assertThat(falsePositives(1.0, TransitionKind.FULL)).isZero();
        assertThat(falsePositives(1.0, TransitionKind.PARTIAL)).isZero();
    }

    @Test
    void atTwiceTheMeasuredJitterFewerThanTwoPercentOfPlateausShowAPartialTransition() {
        assertThat(falsePositives(2.0, TransitionKind.FULL)).isLessThan(CONTROL_SEEDS / 50);
        assertThat(falsePositives(2.0, TransitionKind.PARTIAL)).isLessThan(CONTROL_SEEDS / 50);
    }

    /** Transitions of one kind found in {@value #CONTROL_SEEDS} noise-only plateaus at {@code scale} × jitter. */
    private static int falsePositives(double scale, TransitionKind kind) {
        int found = 0;
        for (long seed = 1; seed <= CONTROL_SEEDS; seed++) {
            found += (int)
                    SweepAnalysis.of(PlateauNoise.plateau(seed, scale), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                            .transitions()
                            .stream()
                            .filter(t -> t.kind() == kind)
                            .count();
        }
        LOG.info(
                "noise-only control at {} × measured jitter: {} {} transitions in {} plateaus of {} points",
                scale,
                found,
                kind.id(),
                CONTROL_SEEDS,
                PlateauNoise.POINTS);
        return found;
    }

    @Test
    void theClassroomDemoSweepHasNoPartialTransition() throws IOException {
        Path sweep = Files.createDirectories(temp.resolve("demo-sweep"));
        try (InputStream in = Files.newInputStream(DEMO);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals("sweeps/demo-sweep/" + SweepFolder.MANIFEST)
                        || name.equals("sweeps/demo-sweep/points.csv")) {
                    Files.copy(
                            zip,
                            sweep.resolve(name.substring(name.lastIndexOf('/') + 1)),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<Transition> transitions = SweepAnalysis.of(
                        SweepFolder.open(sweep).points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD)
                .transitions();

        assertThat(transitions).extracting(Transition::kind).containsOnly(TransitionKind.FULL);
        assertThat(transitions).hasSize(5);
    }
}
