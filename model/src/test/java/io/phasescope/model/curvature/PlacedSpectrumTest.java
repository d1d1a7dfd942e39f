package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.StopReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacedSpectrumTest {

    private static SweepPoint point(Branch branch, long seed, int index, double lambda, double norm, double distRef) {
        return new SweepPoint(
                branch,
                seed,
                index,
                lambda,
                0.1,
                0.2,
                0.3,
                0.9,
                norm,
                distRef,
                5,
                1,
                new double[] {1, 1},
                StopReason.CONVERGED);
    }

    private static PointSpectrum row(Branch branch, long seed, double lambda) {
        return new PointSpectrum(
                branch,
                seed,
                lambda,
                new double[] {2},
                new double[] {-0.1},
                Double.NaN,
                Double.NaN,
                10,
                true,
                100,
                0.1);
    }

    @Test
    void joinsByBranchSeedAndExactLambdaKeepingRowOrder() {
        double lambda = 0.1 + 0.2;
        List<SweepPoint> points = List.of(
                point(Branch.UP, 1, 0, 0, 9, 9),
                point(Branch.UP, 1, 3, lambda, 4, 3.5),
                point(Branch.DOWN, 1, 3, lambda, 2, 1.5),
                point(Branch.UP, 2, 3, lambda, 7, 6.5));
        List<PointSpectrum> rows = List.of(
                row(Branch.DOWN, 1, lambda),
                row(Branch.UP, 2, lambda),
                row(Branch.UP, 1, 0.3),
                row(Branch.UP, 1, lambda),
                row(Branch.UP, 1, 0));

        List<PlacedSpectrum> placed = PlacedSpectrum.join(rows, points);

        assertThat(placed).extracting(PlacedSpectrum::spectrum).containsExactlyElementsOf(rows);
        assertThat(placed.get(0).point()).isSameAs(points.get(2));
        assertThat(placed.get(2).point()).isNull();
        assertThat(placed).extracting(PlacedSpectrum::norm).containsExactly(2.0, 7.0, Double.NaN, 4.0, 9.0);
        assertThat(placed)
                .extracting(PlacedSpectrum::distRef)
                .as("0.3 is not 0.1 + 0.2: no point, NaN")
                .containsExactly(1.5, 6.5, Double.NaN, 3.5, 9.0);
        assertThat(PlacedSpectrum.join(List.of(), points)).isEmpty();
        assertThatThrownBy(() -> PlacedSpectrum.join(rows, null)).hasMessageContaining("were");
    }
}
