package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticPatternsTest {

    private static final long SEED = 7L;

    /** Class 0: horizontal stripes of amplitude 2. */
    private static final float[] HORIZONTAL = {
        2, 2, 2, 2,
        -2, -2, -2, -2,
        2, 2, 2, 2,
        -2, -2, -2, -2
    };
    /** Class 1: vertical stripes (±1) plus a checkerboard (±0.8). */
    private static final float[] VERTICAL_CHECKER = {
        1.8f, -1.8f, 1.8f, -1.8f,
        0.2f, -0.2f, 0.2f, -0.2f,
        1.8f, -1.8f, 1.8f, -1.8f,
        0.2f, -0.2f, 0.2f, -0.2f
    };
    /** Class 2: vertical stripes (±1) plus a 2×2-block checkerboard (±0.8). */
    private static final float[] VERTICAL_BLOCKS = {
        1.8f, -0.2f, 0.2f, -1.8f,
        1.8f, -0.2f, 0.2f, -1.8f,
        0.2f, -1.8f, 1.8f, -0.2f,
        0.2f, -1.8f, 1.8f, -0.2f
    };

    @Test
    void generatesShuffledBalancedFourByFourThreeClassData() {
        Dataset data = SyntheticPatterns.generate(PatternDesign.HIERARCHY, 40, PatternDesign.HIERARCHY.sigma(), SEED);

        assertThat(data.name()).isEqualTo("Patterns 4×4 (σ=0.5)");
        assertThat(data.size()).isEqualTo(120);
        assertThat(data.featureCount()).isEqualTo(16);
        assertThat(data.classCount()).isEqualTo(3);
        assertThat(data.classCounts()).containsExactly(40, 40, 40);
        assertThat(data.labels()).isNotEqualTo(sorted(data.labels()));
        assertThat(SyntheticPatterns.generate(PatternDesign.HIERARCHY, 40, 0.5, SEED)
                        .fingerprint())
                .isEqualTo(data.fingerprint());
    }

    @Test
    void withoutNoiseEveryExampleIsExactlyItsPattern() {
        Dataset data = SyntheticPatterns.generate(PatternDesign.HIERARCHY, 5, 0, SEED);
        float[][] expected = {HORIZONTAL, VERTICAL_CHECKER, VERTICAL_BLOCKS};

        assertThat(data.name()).isEqualTo("Patterns 4×4 (σ=0)");
        for (int i = 0; i < data.size(); i++) {
            float[] example = Arrays.copyOfRange(data.features(), i * 16, (i + 1) * 16);
            assertThat(example).containsExactly(expected[data.labels()[i]], within(1e-6f));
        }
    }

    @Test
    void onlyTheFaintOverlaysOfEqualEnergyTellClassesOneAndTwoApart() {
        float[] stripes = PatternDesign.HIERARCHY.pattern(0);
        float[] checker = PatternDesign.HIERARCHY.pattern(1);
        float[] blocks = PatternDesign.HIERARCHY.pattern(2);

        assertThat(dot(checker, checker)).isCloseTo(dot(blocks, blocks), within(1e-4));
        assertThat(distance(checker, blocks)).as("fine split: 0.8·√32").isCloseTo(0.8 * Math.sqrt(32), within(1e-4));
        assertThat(distance(stripes, checker))
                .as("coarse split: √(16·(4 + 1 + 0.64))")
                .isCloseTo(Math.sqrt(16 * 5.64), within(1e-4));
        assertThat(distance(stripes, blocks)).isCloseTo(distance(stripes, checker), within(1e-4));
    }

    @Test
    void noiseHasRequestedStandardDeviation() {
        Dataset data = SyntheticPatterns.generate(PatternDesign.HIERARCHY, 2000, 0.5, SEED);
        double sumSq = 0;
        for (int i = 0; i < data.size(); i++) {
            float[] pattern = PatternDesign.HIERARCHY.pattern(data.labels()[i]);
            for (int f = 0; f < 16; f++) {
                double noise = data.features()[i * 16 + f] - pattern[f];
                sumSq += noise * noise;
            }
        }
        assertThat(Math.sqrt(sumSq / data.features().length)).isCloseTo(0.5, within(0.01));
    }

    @Test
    void splitDrawsDifferentTrainAndTestSets() {
        DatasetSplit split = SyntheticPatterns.split(PatternDesign.HIERARCHY, 30, 10, 0.5, SEED);

        assertThat(split.train().name()).isEqualTo("Patterns 4×4 (σ=0.5) train");
        assertThat(split.test().name()).isEqualTo("Patterns 4×4 (σ=0.5) test");
        assertThat(split.train().classCounts()).containsExactly(30, 30, 30);
        assertThat(split.test().classCounts()).containsExactly(10, 10, 10);
        assertThat(Arrays.copyOf(split.train().features(), 16))
                .isNotEqualTo(Arrays.copyOf(split.test().features(), 16));
    }

    @Test
    void thePapersDesignIsStripesBothWaysAndACheckerboardPairwiseEquidistant() {
        float[] horizontal = PatternDesign.PAPER.pattern(0);
        float[] vertical = PatternDesign.PAPER.pattern(1);
        float[] checkerboard = PatternDesign.PAPER.pattern(2);

        assertThat(horizontal).containsExactly(1, 1, 1, 1, -1, -1, -1, -1, 1, 1, 1, 1, -1, -1, -1, -1);
        assertThat(vertical).containsExactly(1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1);
        assertThat(checkerboard).containsExactly(1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, -1, -1, 1, -1, 1);
        assertThat(distance(horizontal, vertical)).isCloseTo(Math.sqrt(32), within(1e-6));
        assertThat(distance(horizontal, checkerboard)).isCloseTo(Math.sqrt(32), within(1e-6));
        assertThat(distance(vertical, checkerboard)).isCloseTo(Math.sqrt(32), within(1e-6));
    }

    @Test
    void thePapersPatternsLoadThroughTheirOwnDatasetKind() {
        DatasetSplit split = new DataRequest(DataRequest.Kind.parse("Patterns-Paper"), 0, 0, 1, null).load(m -> {});

        assertThat(split.train().name()).isEqualTo("Paper patterns 4×4 (σ=1) train");
        assertThat(split.train().classCounts()).containsExactly(1000, 1000, 1000);
        assertThat(split.test().classCounts()).containsExactly(300, 300, 300);
        assertThat(DataRequest.Kind.PATTERNS_PAPER.id()).isEqualTo("patterns-paper");
        assertThat(DataRequest.Kind.PATTERNS_PAPER.synthetic()).isTrue();
        assertThat(DataRequest.Kind.FASHION.synthetic()).isFalse();
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> SyntheticPatterns.generate(PatternDesign.HIERARCHY, 10, -0.1, SEED))
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> SyntheticPatterns.generate(PatternDesign.HIERARCHY, 10, Double.NaN, SEED))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> SyntheticPatterns.generate(PatternDesign.HIERARCHY, 0, 0.5, SEED))
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> PatternDesign.HIERARCHY.pattern(3)).hasMessageContaining("was 3");
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    private static int[] sorted(int[] labels) {
        int[] copy = labels.clone();
        Arrays.sort(copy);
        return copy;
    }
}
