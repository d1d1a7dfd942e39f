package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;

/**
 * The seam around the hot path: one optimizer step, and the loss and its gradient at a flat θ.
 *
 * <p>An engine holds native state and is confined to the thread that uses it; everything it returns is
 * a plain Java array or record, safe to hand to other threads. Datasets are immutable, so an engine
 * may keep a native copy of the ones it sees.
 */
public interface TrainingEngine extends AutoCloseable {

    /** The architecture this engine computes. */
    Architecture spec();

    /** A copy of the current θ (DL4J layout, see {@link io.phasescope.model.net.ParameterLayout}). */
    float[] parameters();

    /** Replaces θ with a copy of {@code theta}. */
    void setParameters(float[] theta);

    /** Adopts the optimizer and penalty settings of {@code options} and resets Adam (m = v = 0, step 0). */
    void configure(TrainingOptions options);

    /**
     * One Adam step on {@code L_λ} using the examples {@code order[from..to)} of {@code data}.
     *
     * @return the minibatch's mean data loss E (nats) at θ before the step
     * @throws DivergenceException if that loss is not finite (θ is then left as it was before the step) or
     *     the step made a parameter NaN or larger than 1e6 in magnitude
     */
    double trainStep(Dataset data, int[] order, int from, int to);

    /**
     * E and ∇E on the examples {@code order[from..to)} of {@code data} at the current θ, without a step.
     *
     * @param gradient receives ∇E of that minibatch
     * @return the minibatch's mean E in nats
     */
    double batchGradient(Dataset data, int[] order, int from, int to, float[] gradient);

    /** The penalty {@code λ‖θ − θ_ref‖²} at the current θ, with the configured λ and θ_ref. */
    double penalty();

    /** E, predicted classes and confidences on all of {@code data} at the current θ. */
    Predictions predict(Dataset data);

    /**
     * E and ∇E on all of {@code data} at the current θ.
     *
     * @param gradient receives ∇E, length {@code spec().parameterCount()}
     * @return E in nats
     */
    double gradient(Dataset data, float[] gradient);

    /**
     * {@code L_λ} and its gradient {@code ∇E + 2λ(θ − θ_ref)} on all of {@code data} at the current θ,
     * with the configured λ and θ_ref: the quantity each {@link #trainStep} descends, on full data.
     *
     * @param gradient receives ∇L_λ
     * @return L_λ in nats
     */
    double objectiveGradient(Dataset data, float[] gradient);

    /** E at {@code theta} on {@code data}; leaves θ set to {@code theta}. */
    default double loss(float[] theta, Dataset data) {
        setParameters(theta);
        return predict(data).meanLoss();
    }

    /** E and ∇E at {@code theta} on {@code data}; leaves θ set to {@code theta}. */
    default double gradient(float[] theta, Dataset data, float[] gradient) {
        setParameters(theta);
        return gradient(data, gradient);
    }

    /** Frees native memory. */
    @Override
    void close();
}
