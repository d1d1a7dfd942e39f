package io.phasescope.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void readsValidImagesAndLabels(boolean gzip) throws IOException {
        Path images = IdxTestFiles.images(dir.resolve("img"), gzip, 3, 2, 4);
        Path labels = IdxTestFiles.labels(dir.resolve("lbl"), gzip, 2, 0, 9);

        LabelledImages read = IdxReader.readLabelled(images, labels, 10);

        assertThat(read.images().count()).isEqualTo(3);
        assertThat(read.images().rows()).isEqualTo(2);
        assertThat(read.images().cols()).isEqualTo(4);
        assertThat(read.images().pixels()).hasSize(24);
        assertThat(read.images().pixels()[8] & 0xFF).isEqualTo(31);
        assertThat(read.labels()).containsExactly(2, 0, 9);
    }

    @Test
    void gzipIsDetectedByContentNotName() throws IOException {
        Path images = IdxTestFiles.images(dir.resolve("plain-name"), true, 2, 2, 2);

        assertThat(IdxReader.readImages(images).pixels()).hasSize(8);
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void rejectsTruncatedData(boolean gzip) throws IOException {
        Path file = IdxTestFiles.write(
                dir.resolve("short"), gzip, IdxReader.IMAGES_MAGIC, new int[] {3, 2, 2}, new byte[11]);

        assertProblem(() -> IdxReader.readImages(file), file, "truncated", "12 data bytes", "only 11");
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void rejectsTrailingData(boolean gzip) throws IOException {
        Path file = IdxTestFiles.write(dir.resolve("long"), gzip, IdxReader.LABELS_MAGIC, new int[] {3}, new byte[5]);

        assertProblem(() -> IdxReader.readLabels(file, 10), file, "trailing bytes");
    }

    @Test
    void rejectsTruncatedHeader() throws IOException {
        Path file = Files.write(dir.resolve("stub"), new byte[] {0, 0, 8, 3, 0});

        assertProblem(() -> IdxReader.readImages(file), file, "too short for an IDX header");
    }

    @Test
    void rejectsWrongMagicSuchAsSwappedFiles() throws IOException {
        Path labels = IdxTestFiles.labels(dir.resolve("labels"), false, 1, 2);

        assertProblem(() -> IdxReader.readImages(labels), labels, "magic number 0x00000801, expected 0x00000803");
    }

    @Test
    void rejectsZeroDimension() throws IOException {
        Path file = IdxTestFiles.write(
                dir.resolve("zero"), false, IdxReader.IMAGES_MAGIC, new int[] {2, 0, 3}, new byte[0]);

        assertProblem(() -> IdxReader.readImages(file), file, "rows 0");
    }

    @Test
    void rejectsLabelOutOfRange() throws IOException {
        Path labels = IdxTestFiles.labels(dir.resolve("labels"), false, 1, 2, 3);

        assertThat(IdxReader.readLabels(labels, 4)).containsExactly(1, 2, 3);
        assertProblem(() -> IdxReader.readLabels(labels, 3), labels, "label 3 at index 2 is outside [0, 3)");
    }

    @Test
    void rejectsCountMismatchNamingBothFiles() throws IOException {
        Path images = IdxTestFiles.images(dir.resolve("images"), false, 3, 2, 2);
        Path labels = IdxTestFiles.labels(dir.resolve("labels"), false, 1, 2);

        assertProblem(
                () -> IdxReader.readLabelled(images, labels, 10), images, "3 images", labels.toString(), "2 labels");
    }

    @Test
    void rejectsAbsurdHeaderInTinyRawFileWithoutAllocating() throws IOException {
        Path images = IdxTestFiles.write(
                dir.resolve("huge-images"),
                false,
                IdxReader.IMAGES_MAGIC,
                new int[] {Integer.MAX_VALUE, 28, 28},
                new byte[16]);
        Path labels = IdxTestFiles.write(
                dir.resolve("huge-labels"), false, IdxReader.LABELS_MAGIC, new int[] {Integer.MAX_VALUE}, new byte[16]);

        assertProblem(() -> IdxReader.readImages(images), images, "1 GiB limit", "2147483647 × 28 × 28");
        assertProblem(() -> IdxReader.readLabels(labels, 10), labels, "1 GiB limit");
    }

    @Test
    void rejectsLargeHeaderBelowCapAgainstActualSize() throws IOException {
        Path labels = IdxTestFiles.write(
                dir.resolve("big-labels"), false, IdxReader.LABELS_MAGIC, new int[] {100_000_000}, new byte[16]);

        assertProblem(() -> IdxReader.readLabels(labels, 10), labels, "truncated", "100000000 data bytes", "only 16");
    }

    @Test
    void rejectsLargeHeaderInTinyGzipFile() throws IOException {
        Path images = IdxTestFiles.write(
                dir.resolve("big.gz"), true, IdxReader.IMAGES_MAGIC, new int[] {1_000_000, 28, 28}, new byte[100]);

        assertProblem(() -> IdxReader.readImages(images), images, "truncated", "784000000 data bytes", "only 100");
    }

    @Test
    void rejectsCorruptGzipAndMissingFile() throws IOException {
        byte[] bytes = Files.readAllBytes(IdxTestFiles.images(dir.resolve("ok.gz"), true, 4, 2, 2));
        Path corrupt = Files.write(dir.resolve("corrupt.gz"), Arrays.copyOf(bytes, 12));
        Path missing = dir.resolve("missing");

        assertProblem(() -> IdxReader.readImages(corrupt), corrupt, "cannot be read");
        assertProblem(() -> IdxReader.readImages(missing), missing, "does not exist");
    }

    private static void assertProblem(ThrowingCallable call, Path file, String... parts) {
        assertThatThrownBy(call)
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContainingAll(parts)
                .extracting(e -> ((DatasetException) e).file())
                .isEqualTo(file);
    }
}
