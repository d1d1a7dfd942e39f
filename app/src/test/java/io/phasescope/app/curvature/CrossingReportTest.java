package io.phasescope.app.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.render.phase.LambdaUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossingReportTest {

    /** λ_min(∇²E) = −0.05 at every λ: λ_min(∇²L_λ) = 2λ − 0.05 crosses zero at λ = 0.025 exactly. */
    private static PointSpectrum row(Branch branch, double lambda) {
        return new PointSpectrum(
                branch, 1, lambda, new double[] {3}, new double[] {-0.05}, Double.NaN, Double.NaN, 10, true, 100, 0.1);
    }

    private static List<PointSpectrum> rows() {
        List<PointSpectrum> rows = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            rows.add(row(Branch.UP, 0.01 * i));
            rows.add(row(Branch.DOWN, 0.01 * (5 - i)));
        }
        return rows;
    }

    private static Transition transition(Branch branch, double lo, double hi) {
        return new Transition(branch, 1, (lo + hi) / 2, lo, hi, 3, 1, 0.9, 0.5, List.of(1), TransitionKind.FULL);
    }

    @Test
    void findsTheInterpolatedCrossingInWalkingOrder() {
        List<CrossingReport.Crossing> up = CrossingReport.crossings(CrossingReport.walk(rows(), Branch.UP, 1));
        List<CrossingReport.Crossing> down = CrossingReport.crossings(CrossingReport.walk(rows(), Branch.DOWN, 1));

        assertThat(up).singleElement().satisfies(c -> {
            assertThat(c.lambda()).isCloseTo(0.025, within(1e-12));
            assertThat(c.lifts()).as("rising λ lifts the saddle").isTrue();
        });
        assertThat(down).singleElement().satisfies(c -> {
            assertThat(c.lambda()).isCloseTo(0.025, within(1e-12));
            assertThat(c.lifts()).as("falling λ brings it back").isFalse();
        });
    }

    @Test
    void saysHowFarEachTransitionLiesFromTheCrossing() {
        List<String> lines = CrossingReport.lines(
                List.of(
                        transition(Branch.UP, 0.02, 0.03),
                        transition(Branch.DOWN, 0.01, 0.0),
                        transition(Branch.COLD, 0.01, 0.02)),
                rows(),
                LambdaUnit.LAMBDA);

        assertThat(lines)
                .containsExactly(
                        "up · seed 1: λc ≈ 0.025 · λ_min(∇²L_λ) crosses 0 at λ ≈ 0.025 (saddle lifted) · Δλ = 0, inside the "
                                + "transition's bracket",
                        "down · seed 1: λc ≈ 0.005 · λ_min(∇²L_λ) crosses 0 at λ ≈ 0.025 (saddle appears) · Δλ = +0.02",
                        "cold · seed 1: λc ≈ 0.015 · no spectra on this walk yet");
        assertThat(CrossingReport.line(transition(Branch.UP, 0.04, 0.05), rows(), LambdaUnit.BETA))
                .isEqualTo("up · seed 1: βc ≈ 0.09 · λ_min(∇²L_λ) crosses 0 at β ≈ 0.05 (saddle lifted) · Δβ = −0.04");
    }

    @Test
    void explainsAWalkWithoutACrossing() {
        List<PointSpectrum> saddles = List.of(row(Branch.UP, 0), row(Branch.UP, 0.01));
        List<PointSpectrum> minima = List.of(row(Branch.UP, 0.03), row(Branch.UP, 0.04));
        Transition t = transition(Branch.UP, 0, 0.01);

        assertThat(CrossingReport.line(t, saddles, LambdaUnit.LAMBDA))
                .endsWith("no zero crossing of λ_min(∇²L_λ) at 2 computed points (below 0 at all: a saddle of L_λ "
                        + "throughout)");
        assertThat(CrossingReport.line(t, minima, LambdaUnit.LAMBDA))
                .endsWith("(≥ 0 at all: no negative curvature left)");
    }
}
