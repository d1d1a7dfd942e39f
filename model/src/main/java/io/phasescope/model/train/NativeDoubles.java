package io.phasescope.model.train;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/** A zeroed native float64 block, row-major, seen as a JavaCPP pointer (for BLAS) and as a double buffer. */
final class NativeDoubles implements AutoCloseable {

    private final DoublePointer base;
    private final DoubleBuffer buffer;

    /** {@code rows × columns} zeros; both ≥ 1. */
    NativeDoubles(long rows, long columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a block needs rows, columns >= 1, was " + rows + " × " + columns);
        }
        base = new DoublePointer(rows * columns);
        base.zero();
        buffer = base.asBuffer();
    }

    DoubleBuffer buffer() {
        return buffer;
    }

    /** A pointer to element {@code offset}; a fresh object, so callers may keep it. */
    DoublePointer at(long offset) {
        return new DoublePointer(base).position(base.position() + offset);
    }

    @Override
    public void close() {
        base.close();
    }
}
