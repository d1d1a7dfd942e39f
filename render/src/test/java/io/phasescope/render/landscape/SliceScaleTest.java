package io.phasescope.render.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.render.Viridis;
import java.awt.Color;
import org.junit.jupiter.api.Test;

class SliceScaleTest {

    @Test
    void logarithmicFractionsAreEvenInTheLogarithm() {
        SliceScale scale = new SliceScale(0.01, 100, true);

        assertThat(scale.fraction(1)).isCloseTo(0.5, within(1e-12));
        assertThat(scale.fraction(0.1)).isCloseTo(0.25, within(1e-12));
        assertThat(scale.fraction(0)).isZero();
        assertThat(scale.fraction(1e9)).isEqualTo(1);
        assertThat(scale.getPaint(1)).isEqualTo(Viridis.color(0.5));
        assertThat(((Color) scale.getPaint(Double.NaN)).getAlpha()).isZero();
    }

    @Test
    void spanningCoversTheFiniteValuesAndSurvivesFlatOrEmptyGrids() {
        double[][] values = {{Double.NaN, 3, 1}, {2, Double.POSITIVE_INFINITY, 0}};

        assertThat(SliceScale.spanning(values, false)).isEqualTo(new SliceScale(0, 3, false));
        SliceScale log = SliceScale.spanning(values, true);
        assertThat(log.lower()).isCloseTo(3e-3, within(1e-15));
        assertThat(log.upper()).isEqualTo(3);
        SliceScale flat = SliceScale.spanning(new double[][] {{2, 2}}, false);
        assertThat(flat.lower()).isLessThan(2);
        assertThat(flat.upper()).isGreaterThan(2);
        assertThat(SliceScale.spanning(new double[][] {{Double.NaN}}, false)).isEqualTo(new SliceScale(0, 1, false));
    }

    @Test
    void invalidBoundsAreRejectedWithTheirValues() {
        assertThatThrownBy(() -> new SliceScale(1, 1, false)).hasMessageContaining("1.0, 1.0");
        assertThatThrownBy(() -> new SliceScale(0, 1, true)).hasMessageContaining("lower > 0, was 0.0");
    }
}
