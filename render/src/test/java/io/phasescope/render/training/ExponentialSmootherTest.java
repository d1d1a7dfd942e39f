package io.phasescope.render.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExponentialSmootherTest {

    @Test
    void isUnbiasedFromTheFirstValue() {
        ExponentialSmoother s = new ExponentialSmoother(0.9);
        assertThat(s.add(3.0)).isEqualTo(3.0, within(1e-12));
        assertThat(s.add(3.0)).isEqualTo(3.0, within(1e-12));
        assertThat(s.add(0.0)).isBetween(0.0, 3.0);
    }

    @Test
    void zeroDecayIsIdentityAndResetForgets() {
        ExponentialSmoother s = new ExponentialSmoother(0);
        assertThat(s.add(5)).isEqualTo(5);
        assertThat(s.add(1)).isEqualTo(1);
        ExponentialSmoother t = new ExponentialSmoother(0.5);
        t.add(100);
        t.reset();
        assertThat(t.add(2)).isEqualTo(2, within(1e-12));
    }

    @Test
    void rejectsDecayOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new ExponentialSmoother(1.0)).hasMessageContaining("was 1.0");
    }
}
