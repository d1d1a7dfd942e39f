package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A dataset's features as "mode plus sparse deviations": {@code x[r][p] = mode[p] + d[r][p]}, with the
 * deviations d stored row-compressed. Most MNIST pixels are background, so d has about 19% non-zeros
 * and the first layer's product {@code X·W = D·W + 1·(mode·W)} costs a fifth of the dense one. Exact up
 * to float summation order (any choice of mode is exact; the sampled mode only sets the sparsity). Built
 * only when the density is at most {@value #MAX_DENSITY}.
 */
final class SparseRows {

    /** Above this fraction of non-zero deviations the dense BLAS product is faster. */
    static final double MAX_DENSITY = 0.35;

    private static final int MODE_SAMPLE = 1000;
    private static final Map<Dataset, SparseRows> CACHE = new WeakHashMap<>();
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private final float[] mode;
    private final int[] rowStart;
    private final int[] columns;
    private final float[] values;

    private SparseRows(float[] mode, int[] rowStart, int[] columns, float[] values) {
        this.mode = mode;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** The sparse form of {@code data} (cached per dataset), or {@code null} when its deviations are dense. */
    static SparseRows of(Dataset data) {
        synchronized (CACHE) {
            if (CACHE.containsKey(data)) {
                return CACHE.get(data);
            }
        }
        SparseRows rows = build(data);
        synchronized (CACHE) {
            CACHE.put(data, rows);
        }
        return rows;
    }

    private static SparseRows build(Dataset data) {
        int n = data.size();
        int d = data.featureCount();
        float[] x = data.features();
        float[] mode = new float[d];
        for (int p = 0; p < d; p++) {
            mode[p] = mostFrequent(x, p, d, n);
        }
        long nonZero = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != mode[i % d]) {
                nonZero++;
            }
        }
        if (nonZero > MAX_DENSITY * x.length) {
            return null;
        }
        int[] rowStart = new int[n + 1];
        int[] columns = new int[(int) nonZero];
        float[] values = new float[(int) nonZero];
        int k = 0;
        for (int r = 0; r < n; r++) {
            rowStart[r] = k;
            for (int p = 0; p < d; p++) {
                float deviation = x[r * d + p] - mode[p];
                if (x[r * d + p] != mode[p]) {
                    columns[k] = p;
                    values[k++] = deviation;
                }
            }
        }
        rowStart[n] = k;
        return new SparseRows(mode, rowStart, columns, values);
    }

    /** The mode of each feature. */
    float[] mode() {
        return mode;
    }

    /**
     * {@code z[r − from][:] = D[r]·W} for rows {@code [from, to)}, into a row-major native block of width
     * {@code outputs}. {@code weightsByRow} is W row-major {@code [features][outputs]}. Columns go in blocks
     * of eight vectors held in locals (so the JIT keeps them in registers), then single vectors, then
     * scalars.
     */
    void multiply(int from, int to, float[] weightsByRow, int outputs, ByteBuffer z) {
        int lanes = SPECIES.length();
        for (int r = from; r < to; r++) {
            int start = rowStart[r];
            int end = rowStart[r + 1];
            int rowOffset = (r - from) * outputs * 4;
            int j = 0;
            for (; j + 8 * lanes <= outputs; j += 8 * lanes) {
                FloatVector a0 = FloatVector.zero(SPECIES);
                FloatVector a1 = a0;
                FloatVector a2 = a0;
                FloatVector a3 = a0;
                FloatVector a4 = a0;
                FloatVector a5 = a0;
                FloatVector a6 = a0;
                FloatVector a7 = a0;
                for (int k = start; k < end; k++) {
                    int base = columns[k] * outputs + j;
                    FloatVector v = FloatVector.broadcast(SPECIES, values[k]);
                    a0 = FloatVector.fromArray(SPECIES, weightsByRow, base).fma(v, a0);
                    a1 = FloatVector.fromArray(SPECIES, weightsByRow, base + lanes)
                            .fma(v, a1);
                    a2 = FloatVector.fromArray(SPECIES, weightsByRow, base + 2 * lanes)
                            .fma(v, a2);
                    a3 = FloatVector.fromArray(SPECIES, weightsByRow, base + 3 * lanes)
                            .fma(v, a3);
                    a4 = FloatVector.fromArray(SPECIES, weightsByRow, base + 4 * lanes)
                            .fma(v, a4);
                    a5 = FloatVector.fromArray(SPECIES, weightsByRow, base + 5 * lanes)
                            .fma(v, a5);
                    a6 = FloatVector.fromArray(SPECIES, weightsByRow, base + 6 * lanes)
                            .fma(v, a6);
                    a7 = FloatVector.fromArray(SPECIES, weightsByRow, base + 7 * lanes)
                            .fma(v, a7);
                }
                a0.intoByteBuffer(z, rowOffset + j * 4, ORDER);
                a1.intoByteBuffer(z, rowOffset + (j + lanes) * 4, ORDER);
                a2.intoByteBuffer(z, rowOffset + (j + 2 * lanes) * 4, ORDER);
                a3.intoByteBuffer(z, rowOffset + (j + 3 * lanes) * 4, ORDER);
                a4.intoByteBuffer(z, rowOffset + (j + 4 * lanes) * 4, ORDER);
                a5.intoByteBuffer(z, rowOffset + (j + 5 * lanes) * 4, ORDER);
                a6.intoByteBuffer(z, rowOffset + (j + 6 * lanes) * 4, ORDER);
                a7.intoByteBuffer(z, rowOffset + (j + 7 * lanes) * 4, ORDER);
            }
            for (; j + lanes <= outputs; j += lanes) {
                FloatVector a = FloatVector.zero(SPECIES);
                for (int k = start; k < end; k++) {
                    a = FloatVector.fromArray(SPECIES, weightsByRow, columns[k] * outputs + j)
                            .fma(FloatVector.broadcast(SPECIES, values[k]), a);
                }
                a.intoByteBuffer(z, rowOffset + j * 4, ORDER);
            }
            for (; j < outputs; j++) {
                float a = 0f;
                for (int k = start; k < end; k++) {
                    a = Math.fma(weightsByRow[columns[k] * outputs + j], values[k], a);
                }
                z.putFloat(rowOffset + j * 4, a);
            }
        }
    }

    /** The most frequent value of feature p among (up to) the first {@value #MODE_SAMPLE} rows. */
    private static float mostFrequent(float[] x, int p, int d, int n) {
        Map<Float, Integer> counts = new HashMap<>();
        float best = x[p];
        int bestCount = 0;
        for (int r = 0; r < Math.min(n, MODE_SAMPLE); r++) {
            float v = x[r * d + p];
            int count = counts.merge(v, 1, Integer::sum);
            if (count > bestCount) {
                bestCount = count;
                best = v;
            }
        }
        return best;
    }
}
