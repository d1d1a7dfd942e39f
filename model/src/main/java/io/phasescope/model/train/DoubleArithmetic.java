package io.phasescope.model.train;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_dgemv;
import static org.bytedeco.openblas.global.openblas.cblas_dger;

import java.nio.DoubleBuffer;

/** float64 for {@link PearlmutterPass}: JavaCPP-allocated blocks, OpenBLAS d-routines, scalar activations. */
final class DoubleArithmetic implements NativeArithmetic<NativeDoubles> {

    static final DoubleArithmetic INSTANCE = new DoubleArithmetic();

    private DoubleArithmetic() {}

    @Override
    public NativeDoubles block(int rows, int columns) {
        return new NativeDoubles(rows, columns);
    }

    @Override
    public NativeDoubles copyOf(float[] values, int rows) {
        NativeDoubles block = new NativeDoubles(rows, values.length / rows);
        DoubleBuffer buffer = block.buffer();
        for (int i = 0; i < values.length; i++) {
            buffer.put(i, values[i]);
        }
        return block;
    }

    @Override
    public void free(NativeDoubles block) {
        block.close();
    }

    @Override
    public double get(NativeDoubles block, int i) {
        return block.buffer().get(i);
    }

    @Override
    public void set(NativeDoubles block, int i, double value) {
        block.buffer().put(i, value);
    }

    @Override
    public void read(NativeDoubles block, int offset, double[] into, int count) {
        block.buffer().get(offset, into, 0, count);
    }

    @Override
    public void write(double[] from, NativeDoubles block, int offset, int count) {
        block.buffer().put(offset, from, 0, count);
    }

    @Override
    public void gemm(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            NativeDoubles a,
            long aOffset,
            int lda,
            NativeDoubles b,
            long bOffset,
            int ldb,
            double beta,
            NativeDoubles c,
            long cOffset,
            int ldc) {
        cblas_dgemm(
                CblasRowMajor,
                transA ? CblasTrans : CblasNoTrans,
                transB ? CblasTrans : CblasNoTrans,
                m,
                n,
                k,
                1,
                a.at(aOffset),
                lda,
                b.at(bOffset),
                ldb,
                beta,
                c.at(cOffset),
                ldc);
    }

    @Override
    public void gemvTransposed(
            int m, int n, NativeDoubles a, long aOffset, NativeDoubles x, double beta, NativeDoubles y, long yOffset) {
        cblas_dgemv(CblasRowMajor, CblasTrans, m, n, 1, a.at(aOffset), n, x.at(0), 1, beta, y.at(yOffset), 1);
    }

    @Override
    public void ger(int m, int n, NativeDoubles x, NativeDoubles y, long yOffset, NativeDoubles a) {
        cblas_dger(CblasRowMajor, m, n, 1, x.at(0), 1, y.at(yOffset), 1, a.at(0), n);
    }

    @Override
    public void activate(HiddenActivation f, NativeDoubles z, NativeDoubles a, int count) {
        DoubleBuffer in = z.buffer();
        DoubleBuffer out = a.buffer();
        for (int i = 0; i < count; i++) {
            out.put(i, f.value(in.get(i)));
        }
    }
}
