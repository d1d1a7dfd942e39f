package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;

/**
 * What the engines share on top of their own forward and backward passes: θ, the gradient and Adam's moments in an
 * {@link AdamState}, minibatch steps and gradients, and the objective L_λ = E + λ‖θ − θ_ref‖² with its gradient
 * ∇E + 2λ(θ − θ_ref). A subclass computes the mean data gradient of a minibatch or of a whole dataset into
 * {@link AdamState#gradient}, and hears of every change of θ ({@link #parametersChanged()}).
 */
abstract class AdamEngine implements TrainingEngine {

    final AdamState state;

    /** State for {@code count} parameters of the network described by {@code owner} (used in messages). */
    AdamEngine(int count, String owner) {
        state = new AdamState(count, owner);
    }

    /**
     * Forward and backward on the examples {@code order[from..to)} (a non-empty range of {@code order}): leaves the
     * mean ∇E in {@link AdamState#gradient} and returns the mean E in nats.
     */
    abstract double minibatchGradient(Dataset data, int[] order, int from, int to);

    /** Called after θ changed (set, or stepped), for engines that keep a copy of it. */
    void parametersChanged() {}

    @Override
    public final float[] parameters() {
        return state.parameters();
    }

    @Override
    public final void setParameters(float[] values) {
        state.setParameters(values);
        parametersChanged();
    }

    @Override
    public final void configure(TrainingOptions newOptions) {
        state.configure(newOptions);
    }

    @Override
    public final double trainStep(Dataset data, int[] order, int from, int to) {
        double loss = minibatchGradient(data, order, from, to);
        try {
            state.descend(loss);
        } finally {
            parametersChanged();
        }
        return loss;
    }

    @Override
    public final double batchGradient(Dataset data, int[] order, int from, int to, float[] out) {
        requireLength(out, "gradient");
        double loss = minibatchGradient(data, order, from, to);
        state.gradient.buffer().get(0, out);
        return loss;
    }

    @Override
    public final double penalty() {
        return state.penalty();
    }

    @Override
    public final double objectiveGradient(Dataset data, float[] out) {
        double loss = gradient(data, out);
        state.addPenaltyGradient(out);
        return loss + penalty();
    }

    @Override
    public void close() {
        state.close();
    }

    /** Fails unless {@code values} holds one value per parameter. */
    final void requireLength(float[] values, String what) {
        state.requireLength(values, what);
    }

    /** Fails unless {@code order[from..to)} is a non-empty range of {@code order}. */
    static void checkBatch(int[] order, int from, int to) {
        if (to - from < 1 || from < 0 || to > order.length) {
            throw new IllegalArgumentException(
                    "batch [" + from + ", " + to + ") outside order of length " + order.length);
        }
    }
}
