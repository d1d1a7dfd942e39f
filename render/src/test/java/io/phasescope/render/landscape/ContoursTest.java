package io.phasescope.render.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    @Test
    void circlesOfAParaboloidLieAtTheirRadius() {
        int n = 81;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4.0 * i / (n - 1);
        }
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                z[j][i] = x[i] * x[i] + x[j] * x[j];
            }
        }

        List<Contours.Level> levels = Contours.trace(x, x, z, new double[] {1, 2.25});

        for (Contours.Level level : levels) {
            double radius = Math.sqrt(level.value());
            double[] s = level.segments();
            assertThat(level.size()).isGreaterThan(40);
            for (int k = 0; k < s.length; k += 2) {
                // bilinear interpolation of a quadratic errs by at most a cell's curvature term
                assertThat(Math.hypot(s[k], s[k + 1])).isCloseTo(radius, within(0.01));
            }
        }
    }

    @Test
    void cellsWithAMissingCornerAreSkipped() {
        double[] x = {0, 1, 2};
        double[][] z = {{0, 1, 2}, {0, Double.NaN, 2}, {0, 1, 2}};

        assertThat(Contours.trace(x, x, z, new double[] {0.5}).get(0).size()).isZero();
    }

    @Test
    void aSaddleCellIsCutOnTheSideOppositeItsCentre() {
        double[] x = {0, 1};
        // corners 0 (0,0) and 2 (1,1) high, centre mean 0.5 below the level 0.6: the high corners are cut off
        double[][] z = {{1, 0}, {0, 1}};

        Contours.Level level = Contours.trace(x, x, z, new double[] {0.6}).get(0);

        assertThat(level.size()).isEqualTo(2);
        double[] s = level.segments();
        for (int k = 0; k < 8; k += 4) {
            boolean nearOrigin = s[k] + s[k + 1] + s[k + 2] + s[k + 3] < 2;
            double[] corner = nearOrigin ? new double[] {0, 0} : new double[] {1, 1};
            assertThat(Math.abs(s[k] - corner[0]) + Math.abs(s[k + 1] - corner[1]))
                    .isCloseTo(0.4, within(1e-9));
            assertThat(Math.abs(s[k + 2] - corner[0]) + Math.abs(s[k + 3] - corner[1]))
                    .isCloseTo(0.4, within(1e-9));
        }
    }

    @Test
    void levelsAreEvenlySpacedInsideTheScaleLinearlyOrInLog() {
        assertThat(Contours.levels(new SliceScale(0, 10, false), 4)).containsExactly(2, 4, 6, 8);
        double[] log = Contours.levels(new SliceScale(0.01, 100, true), 3);
        assertThat(log[0]).isCloseTo(0.1, within(1e-12));
        assertThat(log[1]).isCloseTo(1, within(1e-12));
        assertThat(log[2]).isCloseTo(10, within(1e-12));
    }
}
