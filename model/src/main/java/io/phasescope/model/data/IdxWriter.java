package io.phasescope.model.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;

/**
 * Writes images and labels as IDX files of unsigned bytes, the format {@link IdxReader} reads: a
 * big-endian header (magic number, one 32-bit size per dimension) followed by the data bytes.
 */
public final class IdxWriter {

    private IdxWriter() {}

    /** The IDX image file (magic {@code 0x00000803}, count, rows, columns) of {@code images}, as a stream. */
    public static InputStream images(IdxImages images) {
        byte[] header = ByteBuffer.allocate(16)
                .putInt(IdxReader.IMAGES_MAGIC)
                .putInt(images.count())
                .putInt(images.rows())
                .putInt(images.cols())
                .array();
        return new SequenceInputStream(new ByteArrayInputStream(header), new ByteArrayInputStream(images.pixels()));
    }

    /** The IDX label file (magic {@code 0x00000801}, count) of {@code labels}, each in [0, 255], as a stream. */
    public static InputStream labels(int[] labels) {
        ByteBuffer file = ByteBuffer.allocate(8 + labels.length)
                .putInt(IdxReader.LABELS_MAGIC)
                .putInt(labels.length);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i] + ", outside [0, 255]");
            }
            file.put((byte) labels[i]);
        }
        return new ByteArrayInputStream(file.array());
    }
}
