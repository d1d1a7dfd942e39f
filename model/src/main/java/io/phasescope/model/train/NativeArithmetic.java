package io.phasescope.model.train;

/**
 * The arithmetic of one precision for {@link PearlmutterPass}: native row-major blocks of its element type and
 * the BLAS calls on them, all with α = 1. Offsets, sizes and leading dimensions count elements.
 *
 * @param <B> the block type
 */
interface NativeArithmetic<B> {

    /** A zeroed {@code rows × columns} block. */
    B block(int rows, int columns);

    /** A block holding {@code values} (rounded to the element type) as {@code rows × (values.length / rows)}. */
    B copyOf(float[] values, int rows);

    /** Frees {@code block}'s native memory. */
    void free(B block);

    /** Element {@code i}, widened to double. */
    double get(B block, int i);

    /** Sets element {@code i} to {@code value}, rounded to the element type. */
    void set(B block, int i, double value);

    /** Copies {@code count} elements from element {@code offset} of {@code block} into {@code into}, widened. */
    void read(B block, int offset, double[] into, int count);

    /** Copies {@code count} values of {@code from} into {@code block} from element {@code offset}, rounded. */
    void write(double[] from, B block, int offset, int count);

    /**
     * {@code C = op(A)·op(B) + β·C} with op(X) = Xᵀ when its flag is set; op(A) is m × k, op(B) k × n.
     */
    void gemm(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            B a,
            long aOffset,
            int lda,
            B b,
            long bOffset,
            int ldb,
            double beta,
            B c,
            long cOffset,
            int ldc);

    /** {@code y = Aᵀ·x + β·y} for an m × n A (leading dimension n). */
    void gemvTransposed(int m, int n, B a, long aOffset, B x, double beta, B y, long yOffset);

    /** {@code A += x·yᵀ} for an m × n A (leading dimension n); x from element 0. */
    void ger(int m, int n, B x, B y, long yOffset, B a);

    /** {@code a = f(z)} for the first {@code count} elements. */
    void activate(HiddenActivation f, B z, B a, int count);
}
