package io.phasescope.model.train;

import java.util.Arrays;

/**
 * Optimizer and objective settings of one training run. Use {@link #defaults()} (the paper's
 * settings) and the {@code with…} methods.
 *
 * @param learningRate Adam step size, in (0, 10]
 * @param beta1 Adam first-moment decay, in [0, 1)
 * @param beta2 Adam second-moment decay, in [0, 1)
 * @param epsilon Adam denominator guard, in (0, 1)
 * @param batchSize examples per minibatch, 1 to 65 536
 * @param maxEpochs upper bound on epochs, 1 to 100 000
 * @param patience epochs without improvement of the epoch-mean training objective before stopping, 1 to
 *     maxEpochs (set it to maxEpochs to train for exactly maxEpochs)
 * @param shuffleSeed seed of the per-epoch minibatch shuffle
 * @param lambda L2 strength λ ≥ 0 of {@code λ‖θ − θ_ref‖²} (weight decay β = 2λ)
 * @param thetaRef the L2 reference point θ_ref, or {@code null} for the origin
 */
public record TrainingOptions(
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        int batchSize,
        int maxEpochs,
        int patience,
        long shuffleSeed,
        double lambda,
        float[] thetaRef) {

    public TrainingOptions {
        check(learningRate > 0 && learningRate <= 10, "learningRate", learningRate, "(0, 10]");
        check(beta1 >= 0 && beta1 < 1, "beta1", beta1, "[0, 1)");
        check(beta2 >= 0 && beta2 < 1, "beta2", beta2, "[0, 1)");
        check(epsilon > 0 && epsilon < 1, "epsilon", epsilon, "(0, 1)");
        check(batchSize >= 1 && batchSize <= 65_536, "batchSize", batchSize, "[1, 65536]");
        check(maxEpochs >= 1 && maxEpochs <= 100_000, "maxEpochs", maxEpochs, "[1, 100000]");
        check(patience >= 1 && patience <= maxEpochs, "patience", patience, "[1, maxEpochs=" + maxEpochs + "]");
        check(lambda >= 0 && Double.isFinite(lambda), "lambda", lambda, "[0, ∞)");
        if (thetaRef != null) {
            for (float v : thetaRef) {
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("thetaRef must be finite, held " + v);
                }
            }
        }
    }

    /** The paper's settings: Adam lr 1.5e-3, β 0.9/0.999, ε 1e-8, batch 64, ≤ 50 epochs, patience 5, λ = 0. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(1.5e-3, 0.9, 0.999, 1e-8, 64, 50, 5, 1L, 0.0, null);
    }

    /** Weight decay β = 2λ, the unit of framework optimizers. */
    public double weightDecay() {
        return 2 * lambda;
    }

    public TrainingOptions withLambda(double newLambda) {
        return new TrainingOptions(
                learningRate, beta1, beta2, epsilon, batchSize, maxEpochs, patience, shuffleSeed, newLambda, thetaRef);
    }

    public TrainingOptions withLearningRate(double newLearningRate) {
        return new TrainingOptions(
                newLearningRate, beta1, beta2, epsilon, batchSize, maxEpochs, patience, shuffleSeed, lambda, thetaRef);
    }

    public TrainingOptions withBatchSize(int newBatchSize) {
        return new TrainingOptions(
                learningRate, beta1, beta2, epsilon, newBatchSize, maxEpochs, patience, shuffleSeed, lambda, thetaRef);
    }

    /** Sets maxEpochs and clamps patience to it. */
    public TrainingOptions withEpochs(int newMaxEpochs, int newPatience) {
        return new TrainingOptions(
                learningRate,
                beta1,
                beta2,
                epsilon,
                batchSize,
                newMaxEpochs,
                Math.min(newPatience, newMaxEpochs),
                shuffleSeed,
                lambda,
                thetaRef);
    }

    public TrainingOptions withShuffleSeed(long newShuffleSeed) {
        return new TrainingOptions(
                learningRate, beta1, beta2, epsilon, batchSize, maxEpochs, patience, newShuffleSeed, lambda, thetaRef);
    }

    public TrainingOptions withThetaRef(float[] newThetaRef) {
        return new TrainingOptions(
                learningRate,
                beta1,
                beta2,
                epsilon,
                batchSize,
                maxEpochs,
                patience,
                shuffleSeed,
                lambda,
                newThetaRef == null ? null : newThetaRef.clone());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingOptions o
                && learningRate == o.learningRate
                && beta1 == o.beta1
                && beta2 == o.beta2
                && epsilon == o.epsilon
                && batchSize == o.batchSize
                && maxEpochs == o.maxEpochs
                && patience == o.patience
                && shuffleSeed == o.shuffleSeed
                && lambda == o.lambda
                && Arrays.equals(thetaRef, o.thetaRef);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {
                            learningRate, beta1, beta2, epsilon, batchSize, maxEpochs, patience, shuffleSeed, lambda
                        })
                        * 31
                + Arrays.hashCode(thetaRef);
    }

    @Override
    public String toString() {
        return "TrainingOptions[lr=" + learningRate + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon
                + ", batch=" + batchSize + ", maxEpochs=" + maxEpochs + ", patience=" + patience + ", shuffleSeed="
                + shuffleSeed + ", lambda=" + lambda + ", thetaRef="
                + (thetaRef == null ? "0" : thetaRef.length + " values")
                + "]";
    }

    private static void check(boolean ok, String field, Object value, String range) {
        if (!ok) {
            throw new IllegalArgumentException(field + " must be in " + range + ", was " + value);
        }
    }
}
