package io.phasescope.cluster.study;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepSpec;

/**
 * The estimated CPU time of a sweep, from measured per-epoch costs (the table "Study cost estimate" in
 * docs/benchmarks.md): seconds per epoch, step evaluation included, on one core, are a per-example cost times the
 * training examples — for an MLP {@value #MLP_OVERHEAD_PER_EXAMPLE} s plus {@value #MLP_PER_EXAMPLE_PARAMETER} s per
 * parameter, for the patterns CNN {@value #CNN_PER_EXAMPLE} s — and a step takes {@value #EPOCHS_PER_STEP} epochs
 * (the mean of the committed results' 9.7 to 10.9), at most the sweep's maximum. The until-trivial extension, whose
 * length is unknown before the sweep, is not counted.
 */
public final class EpochCosts {

    /** Mean epochs per step over the committed sweeps of docs/results (paper, ReLU, Fashion, patterns-paper). */
    public static final double EPOCHS_PER_STEP = 10;

    /** docs/results/paper-seed1: 0.699 s per epoch on 60,000 examples × 109,386 parameters (MLP). */
    static final double MLP_PER_EXAMPLE_PARAMETER = 1.06e-10;

    /**
     * The per-example cost of an MLP that does not scale with its size: a 16-32-32-3 patterns MLP took 3.35e-4 s per
     * example on a loaded machine where the patterns CNN took 6.6× its committed cost (docs/benchmarks.md), so 5e-5.
     */
    static final double MLP_OVERHEAD_PER_EXAMPLE = 5.0e-5;

    /** docs/results/patterns-paper-seed1: 0.347 s per epoch on 3,000 examples (the patterns CNN). */
    static final double CNN_PER_EXAMPLE = 1.16e-4;

    private EpochCosts() {}

    /** The estimated seconds of one epoch of {@code sweep} on one core. */
    public static double secondsPerEpoch(SweepSpec sweep) {
        int examples = trainExamples(sweep.data());
        if (sweep.network() instanceof NetworkSpec mlp) {
            return examples * (MLP_OVERHEAD_PER_EXAMPLE + MLP_PER_EXAMPLE_PARAMETER * mlp.parameterCount());
        }
        return examples * CNN_PER_EXAMPLE;
    }

    /** The estimated CPU seconds of {@code sweep}'s grid (every seed, every branch). */
    public static double cpuSeconds(SweepSpec sweep) {
        double epochs = Math.min(EPOCHS_PER_STEP, sweep.options().maxEpochs());
        return sweep.totalSteps() * epochs * secondsPerEpoch(sweep);
    }

    private static int trainExamples(DataRequest data) {
        if (data.trainSize() > 0) {
            return data.trainSize();
        }
        return data.kind().synthetic() ? 3_000 : 60_000;
    }
}
