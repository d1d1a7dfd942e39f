package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointSelectionTest {

    /** The up branch of seed 7 at λ = 0, 0.001, …, 0.030 (index i at λ = i/1000). */
    private static List<SweepPoint> walk(Branch branch, long seed) {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            SweepPoint p = PointsCsvTest.point(branch, i, i / 1000.0);
            points.add(new SweepPoint(
                    p.branch(),
                    seed,
                    p.index(),
                    p.lambda(),
                    p.trainLoss(),
                    p.regLoss(),
                    p.testLoss(),
                    p.testAccuracy(),
                    p.norm(),
                    p.distRef(),
                    p.epochs(),
                    p.seconds(),
                    p.perClassAccuracy(),
                    p.stopReason()));
        }
        return points;
    }

    private static Transition transition(Branch branch, long seed, double lo, double hi) {
        return new Transition(branch, seed, (lo + hi) / 2, lo, hi, 5, 4, 0.8, 0.6, List.of(1), TransitionKind.FULL);
    }

    @Test
    void keepsEveryPointWithinTheWidenedBracketAndEveryEighthOfTheOthers() {
        List<SweepPoint> chosen = PointSelection.nearTransitions(
                walk(Branch.UP, 7),
                List.of(transition(Branch.UP, 7, 0.0121, 0.0126), transition(Branch.UP, 7, 0.0183, 0.0184)),
                0.001,
                8);

        assertThat(chosen)
                .extracting(SweepPoint::index)
                .as("near: 12, 13 and 18, 19; others 0–11, 14–17, 20–30 counted from 0: the 0th, 8th, 16th, 24th")
                .containsExactly(0, 8, 12, 13, 18, 19, 20, 28);
    }

    @Test
    void transitionsOfAnotherWalkDoNotCountAndZeroKeepsNoneOfTheOthers() {
        List<SweepPoint> points = new ArrayList<>(walk(Branch.UP, 7));
        points.addAll(walk(Branch.DOWN, 7));
        List<SweepPoint> chosen = PointSelection.nearTransitions(
                points,
                List.of(transition(Branch.UP, 7, 0.0121, 0.0126), transition(Branch.UP, 8, 0.0221, 0.0226)),
                0.0015,
                0);

        assertThat(chosen).extracting(SweepPoint::index).containsExactly(11, 12, 13, 14);
        assertThat(chosen).allMatch(p -> p.branch() == Branch.UP);
    }

    @Test
    void everyFirstOfTheOthersKeepsThemAll() {
        assertThat(PointSelection.nearTransitions(walk(Branch.UP, 7), List.of(), 0.001, 1))
                .hasSize(31);
    }

    @Test
    void nearestPicksOnePointPerLambdaAndWalkInFileOrderWithoutRepeats() {
        List<SweepPoint> points = new ArrayList<>(walk(Branch.UP, 1));
        points.addAll(walk(Branch.UP, 2));
        List<SweepPoint> chosen = PointSelection.nearest(points, List.of(0.0254, 0.0046, 0.0051, 0.5));

        assertThat(chosen)
                .extracting(SweepPoint::seed, SweepPoint::index)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 5),
                        org.assertj.core.groups.Tuple.tuple(1L, 25),
                        org.assertj.core.groups.Tuple.tuple(1L, 30),
                        org.assertj.core.groups.Tuple.tuple(2L, 5),
                        org.assertj.core.groups.Tuple.tuple(2L, 25),
                        org.assertj.core.groups.Tuple.tuple(2L, 30));
    }

    @Test
    void refusesBadArgumentsNamingThem() {
        List<SweepPoint> points = walk(Branch.UP, 7);
        assertThatThrownBy(() -> PointSelection.nearTransitions(points, List.of(), -0.001, 8))
                .hasMessageContaining("was -0.001");
        assertThatThrownBy(() -> PointSelection.nearTransitions(points, List.of(), 0.001, -1))
                .hasMessageContaining("was -1");
        assertThatThrownBy(() -> PointSelection.nearest(points, List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> PointSelection.nearest(points, List.of(Double.NaN)))
                .hasMessageContaining("was NaN");
    }
}
