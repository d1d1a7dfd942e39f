package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.train.EpochTimer;
import io.phasescope.model.train.TrainingOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class WallTimeEstimateTest {

    @Test
    void pointsTimesTypicalEpochsTimesTheMeasuredEpochPlusEvaluationSharedAmongSeeds() {
        // the paper sweep: 451 points, patience 5 → 10 epochs per point
        SweepSpec paper = SweepPresets.PAPER.spec(null);
        WallTimeEstimate one = WallTimeEstimate.of(paper, new EpochTimer.Timing(0.61, 0.2, 20), 2);
        assertThat(one.points()).isEqualTo(451);
        assertThat(one.epochsPerPoint()).isEqualTo(10);
        assertThat(one.parallel()).as("one seed trains on one core").isEqualTo(1);
        assertThat(one.seconds()).isCloseTo(451 * (10 * 0.61 + 0.2), within(1e-9));
        assertThat(one.describe()).isEqualTo("≈ 47 min (0.61 s per epoch, measured)");

        WallTimeEstimate two =
                WallTimeEstimate.of(paper.withSeeds(List.of(1L, 2L)), new EpochTimer.Timing(0.61, 0.2, 20), 2);
        assertThat(two.seconds())
                .as("two seeds, two cores: twice the points in the same time")
                .isCloseTo(one.seconds(), within(1e-9));
    }

    @Test
    void typicalEpochsAreTwiceThePatienceWithinTheEpochLimit() {
        assertThat(WallTimeEstimate.typicalEpochs(TrainingOptions.defaults().withEpochs(50, 5)))
                .isEqualTo(10);
        assertThat(WallTimeEstimate.typicalEpochs(TrainingOptions.defaults().withEpochs(4, 3)))
                .isEqualTo(4);
    }

    @Test
    void durationsAreRoundedToWhatAnEstimateKnows() {
        assertThat(WallTimeEstimate.rounded(0.2)).isEqualTo("1 s");
        assertThat(WallTimeEstimate.rounded(42)).isEqualTo("42 s");
        assertThat(WallTimeEstimate.rounded(3120)).isEqualTo("52 min");
        assertThat(WallTimeEstimate.rounded(3.4 * 3600)).isEqualTo("3.4 h");
        assertThat(WallTimeEstimate.rounded(3 * 86_400)).isEqualTo("3.0 days");
        assertThat(new WallTimeEstimate(1, 1, 12.3, 0, 1).describe()).isEqualTo("≈ 12 s (12 s per epoch, measured)");
    }

    @Test
    void anImpossibleEstimateIsRefusedNamingItsValues() {
        assertThatThrownBy(() -> new WallTimeEstimate(0, 10, 0.5, 0, 1)).hasMessageContaining("was 0, 10.0");
        assertThatThrownBy(() -> new WallTimeEstimate(3, 10, 0, 0, 1)).hasMessageContaining("seconds per epoch > 0");
    }
}
