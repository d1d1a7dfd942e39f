package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.Phase;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
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

/**
 * Issue #4: the patterns preset, run as it ships (26 to 48 s on one core, by load), gives the 3-level staircase.
 * The CNN first loses the faint overlay that tells classes 1 and 2 apart (accuracy 2/3), then the stripes
 * (the trivial phase, 1/3).
 */
@Tag("slow")
class PatternsPresetTest {

    @TempDir
    Path root;

    @Test
    void patternsSweepRunsOneHundredThenTwoThirdsThenOneThird() throws Exception {
        SweepSpec spec = SweepPresets.PATTERNS.spec(null);
        DatasetSplit data = spec.data().load(message -> {});
        List<SweepPoint> points =
                Pathfinder.run(SweepFolder.openOrCreate(root, spec), data, 1, SweepListener.none(), JobControl.none());
        SweepAnalysis analysis = SweepAnalysis.of(points, SweepAnalysis.DEFAULT_HOLD_THRESHOLD);

        List<Transition> transitions = analysis.transitions();
        List<Phase> phases = analysis.phases();
        assertThat(transitions).as("two jumps on the way up").hasSize(2);
        assertThat(phases).hasSize(3).allSatisfy(p -> assertThat(p.points()).isGreaterThanOrEqualTo(3));
        assertThat(transitions.get(0).lambdaC()).isLessThan(transitions.get(1).lambdaC());

        assertThat(phases.get(0).meanAccuracy()).as("all three classes").isGreaterThanOrEqualTo(0.98);

        Phase middle = phases.get(1);
        assertThat(middle.meanAccuracy()).as("one class lost").isBetween(0.55, 0.80);
        assertThat(middle.perClassAccuracy()[0])
                .as("the coarse class 0 survives")
                .isGreaterThanOrEqualTo(0.95);
        assertThat(middle.perClassAccuracy()[1] + middle.perClassAccuracy()[2])
                .as("classes 1 and 2 share one answer")
                .isCloseTo(1.0, within(0.15));

        Phase last = phases.get(2);
        assertThat(last.meanAccuracy()).as("trivial phase").isCloseTo(1.0 / 3, within(0.01));
        assertThat(last.meanTestLoss()).as("E = ln 3").isCloseTo(Math.log(3), within(0.01));
        assertThat(last.isTrivial()).isTrue();
    }
}
