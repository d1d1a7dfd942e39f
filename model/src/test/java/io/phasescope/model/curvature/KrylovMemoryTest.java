package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.train.JobControl;
import org.junit.jupiter.api.Test;

/** Spectra that would not fit in memory are refused with a message before anything large is allocated. */
class KrylovMemoryTest {

    /** An operator of 4 million parameters (the paper net has 118 282) that must never be applied. */
    private final SymmetricOperator huge = new SymmetricOperator() {
        @Override
        public int dimension() {
            return 4_000_000;
        }

        @Override
        public void apply(double[] v, double[] out) {
            throw new AssertionError("applied although the basis cannot fit");
        }
    };

    @Test
    void lanczosRefusesABasisLargerThanHalfTheHeap() {
        long steps = Runtime.getRuntime().maxMemory() / (8L * 4_000_000) + 10;
        assertThatThrownBy(() -> Lanczos.extremes(huge, 3, 3, 1e-3, (int) steps, 1, JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(steps + " Lanczos steps on 4000000 parameters keep")
                .hasMessageContaining("MiB heap; use at most");
    }

    @Test
    void spectralDensityRefusesItToo() {
        int steps = (int) (Runtime.getRuntime().maxMemory() / (8L * 4_000_000) + 10);
        assertThatThrownBy(() -> StochasticLanczosQuadrature.density(huge, 1, steps, 1, JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than half of the");
    }
}
