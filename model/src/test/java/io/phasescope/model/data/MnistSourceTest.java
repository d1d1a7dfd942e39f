package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistSourceTest {

    @TempDir
    Path dir;

    @Test
    void userFolderAcceptsRawAndGzippedFilesUnverified() throws IOException {
        IdxTestFiles.mnistFolder(dir);
        Files.delete(dir.resolve(MnistFiles.TEST_IMAGES));
        IdxTestFiles.images(dir.resolve(MnistFiles.TEST_IMAGES + ".gz"), true, 4, 3, 2);
        List<String> progress = new ArrayList<>();

        DatasetSplit split = new MnistLoader(MnistSource.folder(dir), progress::add).load(PixelNormalization.UNIT);

        assertThat(split.train().name()).isEqualTo("MNIST train");
        assertThat(split.test().name()).isEqualTo("MNIST test");
        assertThat(split.train().size()).isEqualTo(12);
        assertThat(split.test().size()).isEqualTo(4);
        assertThat(split.train().featureCount()).isEqualTo(6);
        assertThat(split.test().labels()).containsExactly(9, 8, 7, 6);
        assertThat(split.train().features()[6]).isEqualTo(31 / 255f);
        assertThat(progress).first().isEqualTo("Using MNIST files in " + dir);
    }

    @Test
    void userFolderLackingFilesIsNamedWithTheMissingFiles() throws IOException {
        IdxTestFiles.mnistFolder(dir);
        Files.delete(dir.resolve(MnistFiles.TRAIN_LABELS));

        assertThatThrownBy(() -> MnistSource.folder(dir).files(m -> {}))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(dir + ": lacks the MNIST file(s) [" + MnistFiles.TRAIN_LABELS + "]");
        assertThatThrownBy(() -> MnistSource.folder(dir.resolve("nope")).files(m -> {}))
                .hasMessageStartingWith(dir.resolve("nope") + ": is not a folder");
    }

    @Test
    void trainAndTestImagesMustHaveTheSameSize() throws IOException {
        IdxTestFiles.mnistFolder(dir);
        IdxTestFiles.images(dir.resolve(MnistFiles.TEST_IMAGES), false, 4, 2, 3);

        assertThatThrownBy(() -> MnistLoader.read(MnistFiles.in(dir), PixelNormalization.MNIST))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(dir.resolve(MnistFiles.TEST_IMAGES) + ": holds 2×3 images but")
                .hasMessageContaining(MnistFiles.TRAIN_IMAGES + " holds 3×2");
    }
}
