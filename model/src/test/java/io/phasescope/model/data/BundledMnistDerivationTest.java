package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled subset is what {@code scripts/classroom-mnist} derives from the verified MNIST, and the Classroom sweep
 * trains on the same images in the same order from it as from the full MNIST.
 */
@Tag("mnist")
class BundledMnistDerivationTest {

    private static final Logger LOG = LoggerFactory.getLogger(BundledMnistDerivationTest.class);

    @TempDir
    Path dir;

    @Test
    void theBundledFilesAreTheClassroomSubsetDerivedFromTheVerifiedMnist() throws Exception {
        BundledMnist.write(MnistSource.cache().files(LOG::info), dir.resolve("derived"));

        for (NpmDataPackage.DataFile file : BundledMnist.FILES) {
            assertThat(gunzip(Files.newInputStream(dir.resolve("derived").resolve(file.name()))))
                    .as(file.name())
                    .isEqualTo(gunzip(BundledMnist.class.getResourceAsStream(BundledMnist.RESOURCES + file.name())));
        }
    }

    @Test
    void theClassroomSweepSeesTheSameImagesInTheSameOrderOfflineAsOnline() {
        DataRequest online =
                new DataRequest(DataRequest.Kind.MNIST, BundledMnist.TRAIN, BundledMnist.TEST, BundledMnist.SEED, null);
        DataRequest offline = new DataRequest(
                DataRequest.Kind.MNIST, BundledMnist.TRAIN, BundledMnist.TEST, BundledMnist.SEED, BundledMnist.CHOICE);

        DatasetSplit full = online.load(LOG::info);
        DatasetSplit bundled = offline.load(LOG::info);

        assertThat(bundled.train().features()).isEqualTo(full.train().features());
        assertThat(bundled.train().labels()).isEqualTo(full.train().labels());
        assertThat(bundled.test().features()).isEqualTo(full.test().features());
        assertThat(bundled.test().labels()).isEqualTo(full.test().labels());
    }

    private static byte[] gunzip(InputStream gz) throws IOException {
        try (InputStream in = new GZIPInputStream(gz)) {
            return in.readAllBytes();
        }
    }
}
