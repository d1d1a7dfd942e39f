package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom subset bundled in the assets: read offline, checked against its SHA-256, used when asked and when the
 * full MNIST cannot be fetched (no npm) and the subsets fit, never for the whole of MNIST.
 */
class BundledMnistTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    /** A cache that cannot be filled, as without npm or network. */
    private final MnistSource noNpm = report -> {
        throw DatasetException.unobtainable(dir.resolve("mnist"), "npm was not found", null);
    };

    @Test
    void holdsTheClassroomSweepsTenThousandTrainAndTwoThousandTestImagesBalancedByClass() {
        DatasetSplit split = new BundledMnist(dir.resolve("bundled")).load(progress::add);

        assertThat(split.train().size()).isEqualTo(BundledMnist.TRAIN);
        assertThat(split.test().size()).isEqualTo(BundledMnist.TEST);
        assertThat(split.train().classCounts()).containsOnly(1000);
        assertThat(split.test().classCounts()).containsOnly(200);
        assertThat(split.train().name()).isEqualTo("MNIST classroom subset train");
        assertThat(split.train().featureCount()).isEqualTo(784);
    }

    @Test
    void aCorruptCopyIsReplacedFromTheAssets() throws Exception {
        BundledMnist bundled = new BundledMnist(dir.resolve("bundled"));
        bundled.files(progress::add);
        Path labels = dir.resolve("bundled").resolve(MnistFiles.TEST_LABELS + ".gz");
        Files.write(labels, new byte[] {1, 2, 3});

        bundled.files(progress::add);

        assertThat(Sha256.of(labels)).isEqualTo(BundledMnist.FILES.get(3).sha256());
        assertThat(progress).anyMatch(m -> m.contains("is corrupt"));
    }

    @Test
    void withoutNpmAClassroomSizedRequestTrainsOnTheBundledSubsetAndSaysSo() {
        DataRequest classroom = new DataRequest(DataRequest.Kind.MNIST, 10_000, 2000, 1, null);

        DatasetSplit split =
                BundledMnist.loadMnist(classroom, noNpm, new BundledMnist(dir.resolve("bundled")), progress::add);

        assertThat(split.train().name()).startsWith(BundledMnist.TITLE);
        assertThat(progress).anyMatch(m -> m.contains("training on the bundled MNIST classroom subset"));
    }

    @Test
    void withoutNpmTheWholeOfMnistStillFailsWithHowToGetIt() {
        DataRequest whole = new DataRequest(DataRequest.Kind.MNIST, 0, 0, 1, null);

        assertThatThrownBy(() ->
                        BundledMnist.loadMnist(whole, noNpm, new BundledMnist(dir.resolve("bundled")), progress::add))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("npm was not found");
        assertThat(dir.resolve("bundled")).doesNotExist();
    }

    @Test
    void dataBundledChoosesTheSubsetWithoutTryingTheCache() {
        DataRequest request = new DataRequest(DataRequest.Kind.MNIST, 500, 100, 1, BundledMnist.CHOICE);
        MnistSource untouchable = report -> {
            throw new AssertionError("the cache must not be tried");
        };

        DatasetSplit split =
                BundledMnist.loadMnist(request, untouchable, new BundledMnist(dir.resolve("b")), progress::add);

        assertThat(split.train().size()).isEqualTo(BundledMnist.TRAIN);
        assertThat(request.bundled()).isTrue();
        assertThat(request.describe()).endsWith("from the bundled classroom subset");
    }
}
