package io.phasescope.model.train;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas.cblas_sgemv;
import static org.bytedeco.openblas.global.openblas.cblas_sger;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Exact Hessian-vector products H·v of E (mean softmax cross-entropy over a dataset) for an MLP, by
 * Pearlmutter's R-operator: one forward pass with its directional derivative R{·} along v and one
 * backward pass of the gradient and of R{gradient}, in float32 with the same BLAS calls as
 * {@link MlpEngine}. The Hessian of {@code L_λ} is {@code H + 2λI}: add {@code 2λv}. Not thread-safe:
 * confine an instance to one thread.
 */
public final class HessianVectorProduct implements AutoCloseable {

    private static final int CHUNK = 2048;

    private final NetworkSpec spec;
    private final ParameterLayout layout;
    private final HiddenActivation hidden;
    private final Dataset data;
    private final NativeFloats inputs;
    private final NativeFloats theta;
    private final NativeFloats direction;
    private final NativeFloats product;
    private final int rows;
    private final NativeFloats ones;
    private final NativeFloats[] z;
    private final NativeFloats[] a;
    private final NativeFloats[] rz;
    private final NativeFloats[] ra;
    private final NativeFloats[] upstream;
    private final NativeFloats[] rUpstream;
    private final NativeFloats rDelta;

    /** Products over all of {@code data} for networks of {@code spec}. */
    public HessianVectorProduct(NetworkSpec spec, Dataset data) {
        Nd4jRuntime.ensureInitialized();
        if (data.featureCount() != spec.inputSize() || data.classCount() != spec.classCount()) {
            throw new IllegalArgumentException(data + " does not fit " + spec.describe());
        }
        this.spec = spec;
        this.layout = new ParameterLayout(spec);
        this.hidden = HiddenActivation.of(spec.activation());
        this.data = data;
        inputs = NativeFloats.copyOf(data.features(), data.size());
        int n = layout.count();
        theta = new NativeFloats(1, n);
        direction = new NativeFloats(1, n);
        product = new NativeFloats(1, n);
        rows = Math.min(CHUNK, data.size());
        ones = new NativeFloats(1, rows);
        ones.array().assign(1);
        int layers = layout.layers();
        z = new NativeFloats[layers];
        rz = new NativeFloats[layers];
        a = new NativeFloats[layers - 1];
        ra = new NativeFloats[layers - 1];
        upstream = new NativeFloats[layers - 1];
        rUpstream = new NativeFloats[layers - 1];
        for (int l = 0; l < layers; l++) {
            z[l] = new NativeFloats(rows, layout.fanOut(l));
            rz[l] = new NativeFloats(rows, layout.fanOut(l));
            if (l < layers - 1) {
                a[l] = new NativeFloats(rows, layout.fanOut(l));
                ra[l] = new NativeFloats(rows, layout.fanOut(l));
                upstream[l] = new NativeFloats(rows, layout.fanOut(l));
                rUpstream[l] = new NativeFloats(rows, layout.fanOut(l));
            }
        }
        rDelta = new NativeFloats(rows, maxWidth());
    }

    /** The number of examples E averages over. */
    public int examples() {
        return data.size();
    }

    /**
     * {@code out = ∇²E(θ)·v} over the whole dataset.
     *
     * @return E(θ) in nats
     */
    public double apply(float[] parameters, float[] v, float[] out) {
        int n = layout.count();
        for (float[] x : new float[][] {parameters, v, out}) {
            if (x.length != n) {
                throw new IllegalArgumentException("vectors must hold " + n + " values for " + spec.describe()
                        + ", one held " + x.length);
            }
        }
        theta.buffer().put(0, parameters);
        direction.buffer().put(0, v);
        double lossSum = 0;
        for (int from = 0; from < data.size(); from += rows) {
            int count = Math.min(rows, data.size() - from);
            lossSum += chunk(from, count, from == 0 ? 0f : 1f);
        }
        product.buffer().get(0, out);
        return lossSum / data.size();
    }

    private double chunk(int from, int count, float beta) {
        int layers = layout.layers();
        int last = layers - 1;
        FloatPointer x = inputs.at((long) from * layout.fanIn(0));
        for (int l = 0; l <= last; l++) {
            int nIn = layout.fanIn(l);
            int nOut = layout.fanOut(l);
            FloatPointer in = l == 0 ? x : a[l - 1].at(0);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, count, nOut, nIn, 1f, in, nIn, weights(l), nIn, 0f,
                    z[l].at(0), nOut);
            cblas_sger(CblasRowMajor, count, nOut, 1f, ones.at(0), 1, theta.at(layout.biasOffset(l)), 1, z[l].at(0), nOut);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, count, nOut, nIn, 1f, in, nIn, vWeights(l), nIn, 0f,
                    rz[l].at(0), nOut);
            if (l > 0) {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, count, nOut, nIn, 1f, ra[l - 1].at(0), nIn,
                        weights(l), nIn, 1f, rz[l].at(0), nOut);
            }
            cblas_sger(CblasRowMajor, count, nOut, 1f, ones.at(0), 1, direction.at(layout.biasOffset(l)), 1,
                    rz[l].at(0), nOut);
            if (l < last) {
                hidden.apply(z[l].bytes(), a[l].bytes(), count * nOut);
                FloatBuffer av = a[l].buffer();
                FloatBuffer rzv = rz[l].buffer();
                FloatBuffer rav = ra[l].buffer();
                for (int i = 0; i < count * nOut; i++) {
                    rav.put(i, hidden.derivative(av.get(i)) * rzv.get(i));
                }
            }
        }
        double loss = outputDeltas(from, count);
        FloatPointer delta = z[last].at(0);
        FloatPointer rd = rDelta.at(0);
        for (int l = last; l >= 0; l--) {
            int nIn = layout.fanIn(l);
            int nOut = layout.fanOut(l);
            FloatPointer previous = l == 0 ? x : a[l - 1].at(0);
            FloatPointer productW = product.at(layout.weightOffset(l));
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, nOut, nIn, count, 1f, rd, nOut, previous, nIn, beta,
                    productW, nIn);
            if (l > 0) {
                cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, nOut, nIn, count, 1f, delta, nOut, ra[l - 1].at(0),
                        nIn, 1f, productW, nIn);
            }
            cblas_sgemv(CblasRowMajor, CblasTrans, count, nOut, 1f, rd, nOut, ones.at(0), 1, beta,
                    product.at(layout.biasOffset(l)), 1);
            if (l > 0) {
                FloatPointer u = upstream[l - 1].at(0);
                FloatPointer ru = rUpstream[l - 1].at(0);
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, count, nIn, nOut, 1f, delta, nOut, weights(l), nIn,
                        0f, u, nIn);
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, count, nIn, nOut, 1f, rd, nOut, weights(l), nIn,
                        0f, ru, nIn);
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, count, nIn, nOut, 1f, delta, nOut, vWeights(l),
                        nIn, 1f, ru, nIn);
                FloatBuffer uv = upstream[l - 1].buffer();
                FloatBuffer ruv = rUpstream[l - 1].buffer();
                FloatBuffer av = a[l - 1].buffer();
                FloatBuffer rzv = rz[l - 1].buffer();
                FloatBuffer rdv = rDelta.buffer();
                for (int i = 0; i < count * nIn; i++) {
                    float act = av.get(i);
                    float fp = hidden.derivative(act);
                    rdv.put(i, ruv.get(i) * fp + uv.get(i) * hidden.secondDerivative(act) * rzv.get(i));
                    uv.put(i, uv.get(i) * fp);
                }
                delta = u;
            }
        }
        return loss;
    }

    /**
     * Softmax cross-entropy of the chunk: leaves δ = (p − y)/N in the output pre-activations and
     * R{δ} = p ⊙ (R{z} − p·R{z})/N in {@link #rDelta}; returns the chunk's summed loss.
     */
    private double outputDeltas(int from, int count) {
        int classes = spec.classCount();
        int last = layout.layers() - 1;
        FloatBuffer logits = z[last].buffer();
        FloatBuffer rLogits = rz[last].buffer();
        FloatBuffer rd = rDelta.buffer();
        double scale = 1.0 / data.size();
        double[] p = new double[classes];
        double lossSum = 0;
        for (int r = 0; r < count; r++) {
            int base = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits.get(base + c));
            }
            double total = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.exp(logits.get(base + c) - max);
                total += p[c];
            }
            int label = data.labels()[from + r];
            lossSum += Math.log(total) - (logits.get(base + label) - max);
            double mean = 0;
            for (int c = 0; c < classes; c++) {
                p[c] /= total;
                mean += p[c] * rLogits.get(base + c);
            }
            for (int c = 0; c < classes; c++) {
                rd.put(base + c, (float) (scale * p[c] * (rLogits.get(base + c) - mean)));
                logits.put(base + c, (float) (scale * (p[c] - (c == label ? 1 : 0))));
            }
        }
        return lossSum;
    }

    private FloatPointer weights(int l) {
        return theta.at(layout.weightOffset(l));
    }

    private FloatPointer vWeights(int l) {
        return direction.at(layout.weightOffset(l));
    }

    private int maxWidth() {
        int width = 0;
        for (int l = 0; l < layout.layers(); l++) {
            width = Math.max(width, layout.fanOut(l));
        }
        return width;
    }

    @Override
    public void close() {
        inputs.close();
        theta.close();
        direction.close();
        product.close();
        ones.close();
        rDelta.close();
        for (NativeFloats[] group : new NativeFloats[][] {z, a, rz, ra, upstream, rUpstream}) {
            for (NativeFloats block : group) {
                block.close();
            }
        }
    }
}
