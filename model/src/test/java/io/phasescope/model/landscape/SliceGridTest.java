package io.phasescope.model.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SliceGridTest {

    @Test
    void previewFillsEachPointFromTheCoarsestLatticeCornerAlreadyEvaluated() {
        double nan = Double.NaN;
        // 5x5 after the stride-4 level (corners) and part of the stride-2 level
        double[][] values = {
            {1, nan, 2, nan, 3},
            {nan, nan, nan, nan, nan},
            {4, nan, nan, nan, nan},
            {nan, nan, nan, nan, nan},
            {5, nan, nan, nan, 6}
        };
        double[] axis = {0, 1, 2, 3, 4};
        SliceGrid grid = new SliceGrid(axis, axis, values, 7, 25);

        double[][] preview = grid.preview();

        assertThat(preview[1][1]).isEqualTo(1);
        assertThat(preview[1][3]).isEqualTo(2);
        assertThat(preview[3][1]).isEqualTo(4);
        assertThat(preview[2][3])
                .as("(2, 2) is not evaluated yet: the stride-4 corner")
                .isEqualTo(1);
        assertThat(preview[3][3]).isEqualTo(1);
        assertThat(preview[4][3]).isEqualTo(5);
        assertThat(values[1][1]).isNaN();
        assertThat(grid.min()).isEqualTo(1);
        assertThat(grid.max()).isEqualTo(6);
    }
}
