package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deterministic stratified train/test split on synthetic 1-pixel images whose pixel is their input index. */
class StratifiedHoldoutTest {

    /** Class c has 14 + 3c images, class-grouped, pixel = input index: 14, 17, 20 images. */
    private static LabelledImages synthetic() {
        int[] perClass = {14, 17, 20};
        int total = Arrays.stream(perClass).sum();
        byte[] pixels = new byte[total];
        int[] labels = new int[total];
        for (int c = 0, i = 0; c < perClass.length; c++) {
            for (int k = 0; k < perClass[c]; k++, i++) {
                pixels[i] = (byte) i;
                labels[i] = c;
            }
        }
        return new LabelledImages(new IdxImages(total, 1, 1, pixels), labels, perClass.length);
    }

    @Test
    void holdsOutOneInKOfEveryClassExactly() {
        StratifiedHoldout.Parts parts = StratifiedHoldout.split(synthetic(), 7, 0);

        assertThat(counts(parts.test())).containsExactly(2, 2, 2);
        assertThat(counts(parts.train())).containsExactly(12, 15, 18);
        Set<Integer> seen = new HashSet<>();
        for (LabelledImages part : new LabelledImages[] {parts.train(), parts.test()}) {
            for (int k = 0; k < part.labels().length; k++) {
                int original = part.images().pixels()[k] & 0xFF;
                assertThat(seen.add(original))
                        .as("image %d used once", original)
                        .isTrue();
                assertThat(part.labels()[k]).isEqualTo(synthetic().labels()[original]);
            }
        }
        assertThat(seen).hasSize(51);
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        StratifiedHoldout.Parts a = StratifiedHoldout.split(synthetic(), 7, 0);
        StratifiedHoldout.Parts b = StratifiedHoldout.split(synthetic(), 7, 0);
        StratifiedHoldout.Parts c = StratifiedHoldout.split(synthetic(), 7, 1);

        assertThat(b.train().images().pixels())
                .containsExactly(a.train().images().pixels());
        assertThat(b.test().images().pixels()).containsExactly(a.test().images().pixels());
        assertThat(b.train().labels()).containsExactly(a.train().labels());
        assertThat(c.train().images().pixels()).isNotEqualTo(a.train().images().pixels());
    }

    @Test
    void setsAreShuffledNotClassGrouped() {
        int[] labels = StratifiedHoldout.split(synthetic(), 7, 0).train().labels();

        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        assertThat(labels).isNotEqualTo(sorted);
    }

    @Test
    void rejectsTooSmallClassesAndDivisors() {
        assertThatThrownBy(() -> StratifiedHoldout.split(synthetic(), 15, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("class 0 has 14 images, fewer than testOneIn = 15");
        assertThatThrownBy(() -> StratifiedHoldout.split(synthetic(), 1, 0))
                .hasMessage("testOneIn must be >= 2, was 1");
    }

    private static int[] counts(LabelledImages images) {
        return images.toDataset("counted", PixelNormalization.UNIT).classCounts();
    }
}
