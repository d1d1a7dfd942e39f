package io.phasescope.model.train;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * Which BLAS the training engine calls, read at run time: the OpenBLAS that JavaCPP loads (its version, the native
 * file it was loaded from) and the thread count the environment allows ({@code OMP_NUM_THREADS}).
 */
public final class BlasInfo {

    private BlasInfo() {}

    /**
     * For example {@code "OpenBLAS 0.3.19, OMP_NUM_THREADS=1, from /home/u/.cache/phasescope/javacpp/…/libjniopenblas.so"},
     * or why it cannot be loaded.
     */
    public static String describe() {
        try {
            String file = Loader.load(openblas.class);
            String threads = System.getenv("OMP_NUM_THREADS");
            return openblas.OPENBLAS_VERSION.strip() + ", OMP_NUM_THREADS="
                    + (threads == null ? "unset (one thread per core)" : threads) + ", from " + file;
        } catch (LinkageError e) {
            return "OpenBLAS cannot be loaded: " + e;
        }
    }
}
