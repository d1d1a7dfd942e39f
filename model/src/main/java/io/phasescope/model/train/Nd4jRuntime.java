package io.phasescope.model.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** One-time ND4J set-up shared by every engine: float32 everywhere. */
final class Nd4jRuntime {

    private static boolean initialized;

    private Nd4jRuntime() {}

    static synchronized void ensureInitialized() {
        if (!initialized) {
            Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
            initialized = true;
        }
    }
}
