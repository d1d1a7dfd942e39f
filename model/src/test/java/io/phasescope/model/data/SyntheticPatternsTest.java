package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticPatternsTest {

    private static final long SEED = 7L;

    private static final float[] HORIZONTAL = {
        1, 1, 1, 1,
        -1, -1, -1, -1,
        1, 1, 1, 1,
        -1, -1, -1, -1};
    private static final float[] VERTICAL = {
        1, -1, 1, -1,
        1, -1, 1, -1,
        1, -1, 1, -1,
        1, -1, 1, -1};
    private static final float[] CHECKERBOARD = {
        1, -1, 1, -1,
        -1, 1, -1, 1,
        1, -1, 1, -1,
        -1, 1, -1, 1};

    @Test
    void generatesShuffledBalancedFourByFourThreeClassData() {
        Dataset data = SyntheticPatterns.generate(40, SyntheticPatterns.DEFAULT_SIGMA, SEED);

        assertThat(data.name()).isEqualTo("Patterns 4×4 (σ=0.9)");
        assertThat(data.size()).isEqualTo(120);
        assertThat(data.featureCount()).isEqualTo(16);
        assertThat(data.classCount()).isEqualTo(3);
        assertThat(data.classCounts()).containsExactly(40, 40, 40);
        assertThat(data.labels()).isNotEqualTo(sorted(data.labels()));
        assertThat(SyntheticPatterns.generate(40, 0.9, SEED).fingerprint()).isEqualTo(data.fingerprint());
    }

    @Test
    void withoutNoiseEveryExampleIsExactlyItsPattern() {
        Dataset data = SyntheticPatterns.generate(5, 0, SEED);
        float[][] expected = {HORIZONTAL, VERTICAL, CHECKERBOARD};

        assertThat(data.name()).isEqualTo("Patterns 4×4 (σ=0)");
        for (int i = 0; i < data.size(); i++) {
            float[] example = Arrays.copyOfRange(data.features(), i * 16, (i + 1) * 16);
            assertThat(example).containsExactly(expected[data.labels()[i]]);
        }
    }

    @Test
    void noiseHasRequestedStandardDeviation() {
        Dataset data = SyntheticPatterns.generate(2000, 0.5, SEED);
        double sumSq = 0;
        for (int i = 0; i < data.size(); i++) {
            float[] pattern = SyntheticPatterns.pattern(data.labels()[i]);
            for (int f = 0; f < 16; f++) {
                double noise = data.features()[i * 16 + f] - pattern[f];
                sumSq += noise * noise;
            }
        }
        assertThat(Math.sqrt(sumSq / data.features().length)).isCloseTo(0.5, within(0.01));
    }

    @Test
    void splitDrawsDifferentTrainAndTestSets() {
        DatasetSplit split = SyntheticPatterns.split(30, 10, 0.9, SEED);

        assertThat(split.train().name()).isEqualTo("Patterns 4×4 (σ=0.9) train");
        assertThat(split.test().name()).isEqualTo("Patterns 4×4 (σ=0.9) test");
        assertThat(split.train().classCounts()).containsExactly(30, 30, 30);
        assertThat(split.test().classCounts()).containsExactly(10, 10, 10);
        assertThat(Arrays.copyOf(split.train().features(), 16)).isNotEqualTo(Arrays.copyOf(split.test().features(), 16));
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> SyntheticPatterns.generate(10, -0.1, SEED)).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> SyntheticPatterns.generate(10, Double.NaN, SEED)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> SyntheticPatterns.generate(0, 0.9, SEED)).hasMessageContaining("was 0");
        assertThatThrownBy(() -> SyntheticPatterns.pattern(3)).hasMessageContaining("was 3");
    }

    private static int[] sorted(int[] labels) {
        int[] copy = labels.clone();
        Arrays.sort(copy);
        return copy;
    }
}
