package io.phasescope.model.train;

/**
 * What every engine shares: θ, the gradient buffer, Adam's moments and the penalty's θ_ref in native
 * memory, and one fused Adam step on {@code ∇E + 2λ(θ − θ_ref)} with divergence checks.
 */
final class AdamState implements AutoCloseable {

    /** A parameter beyond this magnitude means training has blown up. */
    static final float EXPLODED = 1e6f;

    final NativeFloats theta;
    final NativeFloats gradient;
    private final NativeFloats firstMoment;
    private final NativeFloats secondMoment;
    private final int count;
    private final String owner;
    private NativeFloats reference;
    private TrainingOptions options;
    private int step;

    /** State for {@code count} parameters of the network described by {@code owner} (used in messages). */
    AdamState(int count, String owner) {
        this.count = count;
        this.owner = owner;
        theta = new NativeFloats(1, count);
        gradient = new NativeFloats(1, count);
        firstMoment = new NativeFloats(1, count);
        secondMoment = new NativeFloats(1, count);
    }

    float[] parameters() {
        float[] copy = new float[count];
        theta.buffer().get(0, copy);
        return copy;
    }

    void setParameters(float[] values) {
        requireLength(values, "theta");
        theta.buffer().put(0, values);
    }

    /** Adopts λ, θ_ref and Adam's settings; resets the moments and the step count. */
    void configure(TrainingOptions newOptions) {
        if (newOptions.thetaRef() != null) {
            requireLength(newOptions.thetaRef(), "thetaRef");
        }
        if (reference != null) {
            reference.close();
        }
        reference = newOptions.thetaRef() == null ? null : NativeFloats.copyOf(newOptions.thetaRef(), 1);
        options = newOptions;
        firstMoment.array().assign(0);
        secondMoment.array().assign(0);
        step = 0;
    }

    /**
     * One Adam step from the data gradient left in {@link #gradient}, whose minibatch had mean loss
     * {@code loss}.
     *
     * @throws DivergenceException when the loss is not finite (θ unchanged) or a parameter became NaN or
     *     larger than {@value #EXPLODED}
     */
    void descend(double loss) {
        if (!Double.isFinite(loss)) {
            throw new DivergenceException(
                    "minibatch loss became " + loss + " at Adam step " + step + "; lower the learning rate or λ");
        }
        step++;
        double alpha = options.learningRate()
                * Math.sqrt(1 - Math.pow(options.beta2(), step))
                / (1 - Math.pow(options.beta1(), step));
        float largest = VectorKernels.adam(
                theta.bytes(),
                gradient.bytes(),
                firstMoment.bytes(),
                secondMoment.bytes(),
                reference == null ? null : reference.bytes(),
                count,
                (float) alpha,
                (float) options.beta1(),
                (float) options.beta2(),
                (float) options.epsilon(),
                (float) (2 * options.lambda()));
        if (!(largest < EXPLODED)) {
            throw new DivergenceException("a parameter reached " + largest + " at Adam step " + step
                    + " (weights exploding); lower the learning rate or λ");
        }
    }

    /** λ‖θ − θ_ref‖². */
    double penalty() {
        return options.lambda() == 0
                ? 0
                : options.lambda() * Evaluator.squaredDistance(parameters(), options.thetaRef());
    }

    /** {@code out += 2λ(θ − θ_ref)}. */
    void addPenaltyGradient(float[] out) {
        float twoLambda = (float) (2 * options.lambda());
        if (twoLambda == 0) {
            return;
        }
        float[] ref = options.thetaRef();
        float[] current = parameters();
        for (int i = 0; i < out.length; i++) {
            out[i] += twoLambda * (current[i] - (ref == null ? 0f : ref[i]));
        }
    }

    void requireLength(float[] values, String what) {
        if (values == null || values.length != count) {
            throw new IllegalArgumentException(what + " must hold " + count + " values for " + owner + ", held "
                    + (values == null ? "null" : values.length));
        }
    }

    @Override
    public void close() {
        theta.close();
        gradient.close();
        firstMoment.close();
        secondMoment.close();
        if (reference != null) {
            reference.close();
        }
    }
}
