package io.phasescope.model.train;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas.cblas_sgemv;
import static org.bytedeco.openblas.global.openblas.cblas_sger;

import java.nio.FloatBuffer;

/** float32 for {@link PearlmutterPass}: ND4J-allocated blocks, OpenBLAS s-routines, the Vector API activations. */
final class FloatArithmetic implements NativeArithmetic<NativeFloats> {

    static final FloatArithmetic INSTANCE = new FloatArithmetic();

    private FloatArithmetic() {}

    @Override
    public NativeFloats block(int rows, int columns) {
        return new NativeFloats(rows, columns);
    }

    @Override
    public NativeFloats copyOf(float[] values, int rows) {
        return NativeFloats.copyOf(values, rows);
    }

    @Override
    public void free(NativeFloats block) {
        block.close();
    }

    @Override
    public double get(NativeFloats block, int i) {
        return block.buffer().get(i);
    }

    @Override
    public void set(NativeFloats block, int i, double value) {
        block.buffer().put(i, (float) value);
    }

    @Override
    public void read(NativeFloats block, int offset, double[] into, int count) {
        FloatBuffer buffer = block.buffer();
        for (int i = 0; i < count; i++) {
            into[i] = buffer.get(offset + i);
        }
    }

    @Override
    public void write(double[] from, NativeFloats block, int offset, int count) {
        FloatBuffer buffer = block.buffer();
        for (int i = 0; i < count; i++) {
            buffer.put(offset + i, (float) from[i]);
        }
    }

    @Override
    public void gemm(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            NativeFloats a,
            long aOffset,
            int lda,
            NativeFloats b,
            long bOffset,
            int ldb,
            double beta,
            NativeFloats c,
            long cOffset,
            int ldc) {
        cblas_sgemm(
                CblasRowMajor,
                transA ? CblasTrans : CblasNoTrans,
                transB ? CblasTrans : CblasNoTrans,
                m,
                n,
                k,
                1f,
                a.at(aOffset),
                lda,
                b.at(bOffset),
                ldb,
                (float) beta,
                c.at(cOffset),
                ldc);
    }

    @Override
    public void gemvTransposed(
            int m, int n, NativeFloats a, long aOffset, NativeFloats x, double beta, NativeFloats y, long yOffset) {
        cblas_sgemv(CblasRowMajor, CblasTrans, m, n, 1f, a.at(aOffset), n, x.at(0), 1, (float) beta, y.at(yOffset), 1);
    }

    @Override
    public void ger(int m, int n, NativeFloats x, NativeFloats y, long yOffset, NativeFloats a) {
        cblas_sger(CblasRowMajor, m, n, 1f, x.at(0), 1, y.at(yOffset), 1, a.at(0), n);
    }

    @Override
    public void activate(HiddenActivation f, NativeFloats z, NativeFloats a, int count) {
        f.apply(z.bytes(), a.bytes(), count);
    }
}
