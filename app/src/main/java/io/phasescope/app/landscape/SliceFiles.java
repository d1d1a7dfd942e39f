package io.phasescope.app.landscape;

import io.phasescope.model.landscape.SliceGrid;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A complete slice grid as bytes for a workspace entry: the counts of a and b (big-endian int32), then a, b and the
 * values row by row (big-endian float64). Reading checks every count against what the bytes hold.
 */
public final class SliceFiles {

    /** The largest grid side the landscape computes, with room to spare. */
    static final int MAX_SIDE = 1001;

    private SliceFiles() {}

    public static byte[] toBytes(SliceGrid grid) {
        int na = grid.a().length;
        int nb = grid.b().length;
        ByteBuffer out = ByteBuffer.allocate(8 + 8 * (na + nb + na * nb));
        out.putInt(na).putInt(nb);
        for (double x : grid.a()) {
            out.putDouble(x);
        }
        for (double x : grid.b()) {
            out.putDouble(x);
        }
        for (double[] row : grid.values()) {
            for (double v : row) {
                out.putDouble(v);
            }
        }
        return out.array();
    }

    /**
     * The grid in {@code bytes}, complete.
     *
     * @param what the entry's name, for messages
     * @throws IOException when the counts are out of range or do not match the length of {@code bytes}
     */
    public static SliceGrid fromBytes(byte[] bytes, String what) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            int na = in.getInt();
            int nb = in.getInt();
            if (na < 1
                    || na > MAX_SIDE
                    || nb < 1
                    || nb > MAX_SIDE
                    || bytes.length != 8 + 8L * (na + nb + (long) na * nb)) {
                throw new IOException(
                        what + " is damaged: a grid of " + na + " × " + nb + " points in " + bytes.length + " bytes");
            }
            double[] a = doubles(in, na);
            double[] b = doubles(in, nb);
            double[][] values = new double[nb][];
            for (int j = 0; j < nb; j++) {
                values[j] = doubles(in, na);
            }
            return new SliceGrid(a, b, values, na * nb, na * nb);
        } catch (BufferUnderflowException e) {
            throw new IOException(what + " is damaged: it ends early", e);
        }
    }

    private static double[] doubles(ByteBuffer in, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = in.getDouble();
        }
        return out;
    }
}
