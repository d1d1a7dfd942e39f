package io.phasescope.model.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A native float32 block, allocated by ND4J, seen as a JavaCPP pointer (for direct BLAS calls), as a
 * float buffer (for Java loops and bulk copies) and as native-order bytes (for the Vector API).
 */
final class NativeFloats implements AutoCloseable {

    private final INDArray array;
    private final FloatPointer base;
    private final FloatBuffer buffer;
    private final ByteBuffer bytes;

    /** A zeroed block of {@code rows × columns} values, row-major. */
    NativeFloats(long rows, long columns) {
        array = Nd4j.create(DataType.FLOAT, rows, columns);
        base = (FloatPointer) array.data().addressPointer();
        buffer = array.data().asNioFloat();
        bytes = array.data().asNio().order(ByteOrder.nativeOrder());
    }

    /** A block holding a copy of {@code values} as {@code rows × (values.length / rows)}. */
    static NativeFloats copyOf(float[] values, int rows) {
        NativeFloats block = new NativeFloats(rows, values.length / rows);
        block.buffer.put(0, values);
        return block;
    }

    INDArray array() {
        return array;
    }

    FloatBuffer buffer() {
        return buffer;
    }

    /** The block as native-order bytes, for {@link VectorKernels}. */
    ByteBuffer bytes() {
        return bytes;
    }

    /** A pointer to element {@code offset}; a fresh object, so callers may keep it. */
    FloatPointer at(long offset) {
        return new FloatPointer(base).position(base.position() + offset);
    }

    @Override
    public void close() {
        array.close();
    }
}
