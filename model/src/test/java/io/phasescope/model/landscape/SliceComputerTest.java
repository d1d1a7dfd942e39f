package io.phasescope.model.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.TrainingOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceComputerTest {

    private final NetworkSpec spec = LandscapeFixtures.spec(Activation.TANH);
    private final float[] theta = LandscapeFixtures.minimum(spec, 4);

    private SliceSpec slice(int resolution) {
        return new SliceSpec(
                spec,
                theta,
                Directions.filterNormalized(spec, theta, 1, Directions.BiasMode.ZERO),
                Directions.filterNormalized(spec, theta, 2, Directions.BiasMode.ZERO),
                -1,
                1,
                -1,
                1,
                resolution,
                SliceQuantity.loss());
    }

    @Test
    void coarseLevelsArriveFirstAndEveryPointIsComputedOnce() {
        List<SliceGrid> levels = Collections.synchronizedList(new ArrayList<>());
        SliceGrid grid =
                SliceComputer.compute(slice(21), LandscapeFixtures.DATA.test(), 2, levels::add, JobControl.none());

        assertThat(levels)
                .as("every level's end, and progress within levels")
                .extracting(SliceGrid::computed)
                .contains(9, 36, 121, 441)
                .isSorted();
        assertThat(grid.complete()).isTrue();
        try (MlpEngine engine = new MlpEngine(spec, theta, TrainingOptions.defaults())) {
            assertThat(grid.values()[10][10])
                    .as("the centre is θ₀ itself")
                    .isEqualTo(engine.loss(theta, LandscapeFixtures.DATA.test()));
        }
        assertThat(grid.min())
                .as("a trained minimum sits in a basin")
                .isGreaterThanOrEqualTo(grid.values()[10][10] - 0.05);
        assertThat(grid.values()[0][0]).isGreaterThan(grid.values()[10][10]);
    }

    @Test
    void cancellingStopsTheSlice() {
        JobControl control = new JobControl();
        assertThatThrownBy(() -> SliceComputer.compute(
                        slice(41), LandscapeFixtures.DATA.test(), 2, g -> control.cancel(), control))
                .isInstanceOf(CancelledException.class);
    }
}
