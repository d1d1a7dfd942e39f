package io.phasescope.model.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests. */
final class IdxTestFiles {

    private IdxTestFiles() {}

    /** An IDX file with the given magic, header sizes and data bytes, gzipped if asked. */
    static Path write(Path file, boolean gzip, int magic, int[] dims, byte[] data) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4 + 4 * dims.length).putInt(magic);
        for (int d : dims) {
            header.putInt(d);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : bytes) {
            out.write(header.array());
            out.write(data);
        }
        return Files.write(file, bytes.toByteArray());
    }

    /** {@code count} images of {@code rows × cols} whose pixel k of image i is {@code (i * 31 + k) mod 256}. */
    static Path images(Path file, boolean gzip, int count, int rows, int cols) throws IOException {
        byte[] pixels = new byte[count * rows * cols];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < rows * cols; k++) {
                pixels[i * rows * cols + k] = (byte) (i * 31 + k);
            }
        }
        return write(file, gzip, IdxReader.IMAGES_MAGIC, new int[] {count, rows, cols}, pixels);
    }

    /** A label file holding {@code labels}. */
    static Path labels(Path file, boolean gzip, int... labels) throws IOException {
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            data[i] = (byte) labels[i];
        }
        return write(file, gzip, IdxReader.LABELS_MAGIC, new int[] {labels.length}, data);
    }

    /** Writes four small valid MNIST-named files (raw) into {@code folder}: 12 train and 4 test 3×2 images. */
    static void mnistFolder(Path folder) throws IOException {
        images(folder.resolve(MnistFiles.TRAIN_IMAGES), false, 12, 3, 2);
        labels(folder.resolve(MnistFiles.TRAIN_LABELS), false, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1);
        images(folder.resolve(MnistFiles.TEST_IMAGES), false, 4, 3, 2);
        labels(folder.resolve(MnistFiles.TEST_LABELS), false, 9, 8, 7, 6);
    }
}
