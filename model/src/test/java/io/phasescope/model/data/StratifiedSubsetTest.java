package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StratifiedSubsetTest {

    private static final long SEED = 20240611L;

    /** 3 classes with 50, 30 and 20 examples; feature = example index, so subsets reveal their indices. */
    private static Dataset unbalanced() {
        int size = 100;
        float[] x = new float[size];
        int[] y = new int[size];
        for (int i = 0; i < size; i++) {
            x[i] = i;
            y[i] = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2;
        }
        return new Dataset("toy", size, 1, 3, x, y);
    }

    @Test
    void perClassTakesExactlyNOfEachClassInShuffledOrder() {
        Dataset subset = StratifiedSubset.perClass(unbalanced(), 15, SEED);

        assertThat(subset.classCounts()).containsExactly(15, 15, 15);
        assertThat(subset.name()).isEqualTo("toy (45 stratified, seed 20240611)");
        assertThat(subset.labels()).isNotEqualTo(sorted(subset.labels()));
        for (int i = 0; i < subset.size(); i++) {
            int original = (int) subset.features()[i];
            assertThat(unbalanced().labels()[original]).isEqualTo(subset.labels()[i]);
        }
    }

    @Test
    void sameSeedSameIndicesOtherSeedOtherIndices() {
        Dataset data = unbalanced();
        int[] counts = {10, 10, 10};

        int[] a = StratifiedSubset.indices(data, counts, SEED);

        assertThat(StratifiedSubset.indices(data, counts, SEED)).containsExactly(a);
        assertThat(StratifiedSubset.indices(data, counts, SEED + 1)).isNotEqualTo(a);
        assertThat(a).doesNotHaveDuplicates();
        assertThat(StratifiedSubset.ofSize(data, 31, SEED).fingerprint())
                .isEqualTo(StratifiedSubset.ofSize(data, 31, SEED).fingerprint());
    }

    @Test
    void ofSizeSpreadsTotalEvenlyWithRemainderToLowClasses() {
        assertThat(StratifiedSubset.ofSize(unbalanced(), 32, SEED).classCounts())
                .containsExactly(11, 11, 10);
        assertThat(StratifiedSubset.ofSize(unbalanced(), 60, SEED).classCounts())
                .containsExactly(20, 20, 20);
    }

    @Test
    void proportionalOfSizeKeepsTheWholeSetsClassShares() {
        Dataset subset = StratifiedSubset.proportionalOfSize(unbalanced(), 10, SEED);

        assertThat(subset.classCounts()).as("50 : 30 : 20 of 100").containsExactly(5, 3, 2);
        assertThat(subset.name()).isEqualTo("toy (10 proportional, seed 20240611)");
        assertThat(StratifiedSubset.proportionalOfSize(unbalanced(), 31, SEED).classCounts())
                .as("15.5, 9.3, 6.2: the one left over to the largest remainder")
                .containsExactly(16, 9, 6);
        assertThat(StratifiedSubset.proportionalOfSize(unbalanced(), 100, SEED).classCounts())
                .containsExactly(50, 30, 20);
        assertThatThrownBy(() -> StratifiedSubset.proportionalOfSize(unbalanced(), 101, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total must be in [1, 100] for toy, was 101");
    }

    @Test
    void rejectsClassesLackingExamples() {
        assertThatThrownBy(() -> StratifiedSubset.perClass(unbalanced(), 21, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("class 2 of toy has 20 examples, 21 requested");
        assertThatThrownBy(() -> StratifiedSubset.ofSize(unbalanced(), 63, SEED))
                .hasMessageContaining("class 2 of toy has 20 examples, 21 requested");
        assertThatThrownBy(() -> StratifiedSubset.ofSize(unbalanced(), 0, SEED)).hasMessageContaining("was 0");
        assertThatThrownBy(() -> StratifiedSubset.perClass(unbalanced(), 0, SEED))
                .hasMessageContaining("was 0");
    }

    private static int[] sorted(int[] labels) {
        int[] copy = labels.clone();
        Arrays.sort(copy);
        return copy;
    }
}
