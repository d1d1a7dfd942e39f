package io.phasescope.model.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files of unsigned bytes, raw or gzip-compressed (recognised by the gzip magic bytes
 * {@code 1f 8b}, not by the file name).
 *
 * <p>An IDX file is a big-endian header (a magic number, then one 32-bit size per dimension)
 * followed by exactly the declared number of data bytes. Every violation (wrong magic, a dimension
 * &lt; 1, more than {@link #MAX_DATA_BYTES}, truncated or trailing data, labels out of range) throws a
 * {@link DatasetException} naming the file. Memory is never allocated from a header alone: raw files
 * are checked against their size first, and gzip data is read incrementally up to the declared size.
 * A file is either fully loaded or rejected.
 */
public final class IdxReader {

    /** Magic number of a 3-D unsigned-byte IDX file: count × rows × cols images. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of a 1-D unsigned-byte IDX file: count labels. */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Largest accepted data section, 1 GiB. */
    public static final long MAX_DATA_BYTES = 1L << 30;
    /** Class count of digit datasets such as MNIST: labels 0..9. */
    public static final int DIGIT_CLASSES = 10;

    private IdxReader() {}

    /** Reads an image file (magic {@code 0x00000803}). */
    public static IdxImages readImages(Path file) {
        Idx idx = read(file, IMAGES_MAGIC, "image count", "rows", "columns");
        return new IdxImages(idx.dims[0], idx.dims[1], idx.dims[2], idx.data);
    }

    /** Reads a label file (magic {@code 0x00000801}) whose labels must lie in {@code [0, classCount)}, classCount in [2, 256]. */
    public static int[] readLabels(Path file, int classCount) {
        if (classCount < 2 || classCount > 256) {
            throw new IllegalArgumentException("classCount must be in [2, 256], was " + classCount);
        }
        byte[] data = read(file, LABELS_MAGIC, "label count").data;
        int[] labels = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            labels[i] = data[i] & 0xFF;
            if (labels[i] >= classCount) {
                throw new DatasetException(
                        file, "label " + labels[i] + " at index " + i + " is outside [0, " + classCount + ")");
            }
        }
        return labels;
    }

    /** Reads an image file and its label file and checks that they hold the same number of examples. */
    public static LabelledImages readLabelled(Path imagesFile, Path labelsFile, int classCount) {
        IdxImages images = readImages(imagesFile);
        int[] labels = readLabels(labelsFile, classCount);
        if (labels.length != images.count()) {
            throw new DatasetException(
                    imagesFile,
                    "holds " + images.count() + " images but its label file " + labelsFile + " holds " + labels.length
                            + " labels");
        }
        return new LabelledImages(images, labels, classCount);
    }

    private record Idx(int[] dims, byte[] data) {}

    private static Idx read(Path file, int magic, String... dimNames) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            boolean gzip = isGzip(raw);
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            int headerBytes = 4 + 4 * dimNames.length;
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(headerBytes));
            if (header.limit() >= 4 && header.getInt(0) != magic) {
                throw new DatasetException(
                        file,
                        String.format(
                                "has magic number 0x%08X, expected 0x%08X (%s)",
                                header.getInt(0), magic, magic == IMAGES_MAGIC ? "IDX images" : "IDX labels"));
            }
            if (header.limit() < headerBytes) {
                throw new DatasetException(
                        file,
                        "is too short for an IDX header: needs " + headerBytes + " bytes, holds " + header.limit()
                                + (gzip ? " after decompression" : ""));
            }
            header.position(4);
            int[] dims = new int[dimNames.length];
            long declared = 1;
            for (int d = 0; d < dims.length; d++) {
                dims[d] = header.getInt();
                if (dims[d] < 1) {
                    throw new DatasetException(
                            file,
                            "declares " + dimNames[d] + " " + Integer.toUnsignedString(dims[d])
                                    + ", must be between 1 and " + Integer.MAX_VALUE);
                }
                declared *= dims[d];
                if (declared > MAX_DATA_BYTES) {
                    throw new DatasetException(
                            file,
                            "header declares more than " + MAX_DATA_BYTES + " data bytes (1 GiB limit), dimensions "
                                    + describe(header, dims.length));
                }
            }
            if (!gzip) {
                long actual = Files.size(file) - headerBytes;
                if (actual != declared) {
                    throw new DatasetException(file, mismatch(declared, actual, dimNames, dims));
                }
            }
            byte[] data = in.readNBytes((int) declared);
            if (data.length < declared) {
                throw new DatasetException(file, mismatch(declared, data.length, dimNames, dims));
            }
            if (in.read() != -1) {
                throw new DatasetException(
                        file, "has trailing bytes after the " + declared + " data bytes its header declares");
            }
            return new Idx(dims, data);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, "does not exist", e);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read as an IDX file: " + e, e);
        }
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip;
    }

    private static String describe(ByteBuffer header, int dimCount) {
        StringBuilder s = new StringBuilder();
        for (int d = 0; d < dimCount; d++) {
            s.append(d == 0 ? "" : " × ").append(Integer.toUnsignedString(header.getInt(4 + 4 * d)));
        }
        return s.toString();
    }

    private static String mismatch(long declared, long actual, String[] dimNames, int[] dims) {
        StringBuilder shape = new StringBuilder();
        for (int d = 0; d < dims.length; d++) {
            shape.append(d == 0 ? "" : " × ").append(dims[d]).append(' ').append(dimNames[d]);
        }
        return actual < declared
                ? "is truncated: header declares " + shape + " = " + declared + " data bytes, but only " + actual
                        + " follow"
                : "has " + (actual - declared) + " trailing bytes after the " + shape + " = " + declared
                        + " data bytes its header declares";
    }
}
