package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.Phase;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepPresets;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.train.JobControl;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classroom preset on real MNIST: a staircase of jumps down to the trivial phase, and a hysteresis loop. */
@Tag("mnist")
@Tag("slow")
class ClassroomPresetTest {

    @TempDir
    Path root;

    @Test
    void classroomSweepShowsJumpsPlateausTheTrivialPhaseAndHysteresis() throws Exception {
        SweepSpec spec = SweepPresets.CLASSROOM.spec(null);
        DatasetSplit data = spec.data().load(message -> {});
        SweepFolder folder = SweepFolder.openOrCreate(root, spec);
        List<SweepPoint> points = Pathfinder.run(folder, data, 2, SweepListener.none(), JobControl.none());
        SweepAnalysis analysis = SweepAnalysis.of(points, SweepAnalysis.DEFAULT_HOLD_THRESHOLD);

        List<Transition> up = analysis.transitions().stream()
                .filter(t -> t.branch() == Branch.UP)
                .toList();
        List<Phase> upPhases =
                analysis.phases().stream().filter(p -> p.branch() == Branch.UP).toList();
        assertThat(up).as("transitions on the way up").hasSizeGreaterThanOrEqualTo(3);
        assertThat(upPhases)
                .as("plateaus between them")
                .allSatisfy(p -> assertThat(p.points()).isGreaterThanOrEqualTo(2));

        SweepPoint top = points.stream()
                .filter(p -> p.branch() == Branch.UP)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(top.testLoss())
                .as("trivial phase: E = ln 10")
                .isCloseTo(Math.log(10), org.assertj.core.api.Assertions.within(0.02));
        assertThat(top.testAccuracy()).isLessThanOrEqualTo(0.12);
        assertThat(upPhases.get(upPhases.size() - 1).isTrivial()).isTrue();

        List<Transition> down = analysis.transitions().stream()
                .filter(t -> t.branch() == Branch.DOWN)
                .toList();
        assertThat(down).as("the down branch leaves the trivial phase").isNotEmpty();
        double leaveTrivialDown = down.get(0).lambdaC();
        double enterTrivialUp = up.get(up.size() - 1).lambdaC();
        assertThat(leaveTrivialDown)
                .as("hysteresis: down-branch transitions at lower λ")
                .isLessThan(enterTrivialUp);
    }
}
