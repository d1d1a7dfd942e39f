package io.phasescope.model.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Flat parameter vectors on disk: big-endian float32, nothing else, written atomically. */
public final class FloatFiles {

    private FloatFiles() {}

    /** Writes {@code values} to {@code file} atomically. */
    public static void write(Path file, float[] values) throws IOException {
        AtomicFiles.write(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            for (float v : values) {
                data.writeFloat(v);
            }
            data.flush();
        });
    }

    /** Reads exactly {@code count} floats; a file of any other size is a {@link ModelFormatException}. */
    public static float[] read(Path file, int count) throws IOException {
        long size = Files.size(file);
        if (size != 4L * count) {
            throw new ModelFormatException(
                    file + " holds " + size + " bytes, expected " + 4L * count + " (" + count + " float32 parameters)");
        }
        float[] values = new float[count];
        try (InputStream in = Files.newInputStream(file);
                DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            for (int i = 0; i < count; i++) {
                values[i] = data.readFloat();
            }
        }
        return values;
    }

    /** {@code values} as big-endian float32 bytes, the content of a file written by {@link #write}. */
    public static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    /** Exactly {@code count} floats from {@code bytes}; another length is a {@link ModelFormatException} naming {@code what}. */
    public static float[] fromBytes(byte[] bytes, int count, String what) {
        if (bytes.length != 4L * count) {
            throw new ModelFormatException(what + " holds " + bytes.length + " bytes, expected " + 4L * count + " ("
                    + count + " float32 parameters)");
        }
        float[] values = new float[count];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }
}
