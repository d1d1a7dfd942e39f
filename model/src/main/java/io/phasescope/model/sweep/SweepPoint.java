package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.StopReason;

/**
 * One completed sweep step: the model trained to convergence at λ. Losses are mean cross-entropy in
 * nats; accuracies fractions in [0, 1]; λ in Phasescope's units and {@code weightDecay} = β = 2λ.
 *
 * @param branch the walk it belongs to
 * @param seed the seed of initialization and shuffling
 * @param index position of λ in the grid (ascending grid order)
 * @param lambda L2 strength λ
 * @param trainLoss E on the training set
 * @param regLoss L_λ on the training set
 * @param testLoss E on the test set
 * @param testAccuracy test accuracy
 * @param norm ‖θ‖
 * @param distRef ‖θ − θ_ref‖
 * @param epochs epochs trained at this step
 * @param seconds wall time of the step
 * @param perClassAccuracy test accuracy of each class
 * @param stopReason why training at this point stopped (converged, epoch limit or diverged)
 * @param variant which of several overlaid sweeps that share seeds the walk comes from, as a short label (see
 *     {@link SweepOverlay#labels}); empty for a single sweep or seed-disjoint seeds of one experiment
 */
public record SweepPoint(
        Branch branch,
        long seed,
        int index,
        double lambda,
        double trainLoss,
        double regLoss,
        double testLoss,
        double testAccuracy,
        double norm,
        double distRef,
        int epochs,
        double seconds,
        double[] perClassAccuracy,
        StopReason stopReason,
        String variant) {

    public SweepPoint {
        if (variant == null) {
            throw new IllegalArgumentException("variant must be given (empty for none), was null");
        }
    }

    /** A point of a sweep shown on its own (no variant). */
    public SweepPoint(
            Branch branch,
            long seed,
            int index,
            double lambda,
            double trainLoss,
            double regLoss,
            double testLoss,
            double testAccuracy,
            double norm,
            double distRef,
            int epochs,
            double seconds,
            double[] perClassAccuracy,
            StopReason stopReason) {
        this(
                branch,
                seed,
                index,
                lambda,
                trainLoss,
                regLoss,
                testLoss,
                testAccuracy,
                norm,
                distRef,
                epochs,
                seconds,
                perClassAccuracy,
                stopReason,
                "");
    }

    /** The same point labelled as coming from {@code newVariant} (empty: none). */
    public SweepPoint withVariant(String newVariant) {
        return newVariant.equals(variant)
                ? this
                : new SweepPoint(
                        branch,
                        seed,
                        index,
                        lambda,
                        trainLoss,
                        regLoss,
                        testLoss,
                        testAccuracy,
                        norm,
                        distRef,
                        epochs,
                        seconds,
                        perClassAccuracy,
                        stopReason,
                        newVariant);
    }

    /** Which grid point this is, to match it with rows of other files. */
    public PointKey key() {
        return new PointKey(branch, seed, lambda);
    }

    /** Weight decay β = 2λ. */
    public double weightDecay() {
        return 2 * lambda;
    }
}
