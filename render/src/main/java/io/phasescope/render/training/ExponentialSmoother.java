package io.phasescope.render.training;

/**
 * A bias-corrected exponential moving average, as TensorBoard smooths noisy loss curves: after n
 * values the estimate is {@code Σ decayⁱ·xₙ₋ᵢ · (1 − decay) / (1 − decayⁿ)}, so the first values are not
 * pulled towards zero.
 */
public final class ExponentialSmoother {

    private final double decay;
    private double average;
    private double weight;

    /** @param decay weight of the past, in [0, 1); 0 means no smoothing */
    public ExponentialSmoother(double decay) {
        if (!(decay >= 0 && decay < 1)) {
            throw new IllegalArgumentException("decay must be in [0, 1), was " + decay);
        }
        this.decay = decay;
    }

    /** Adds {@code value} and returns the smoothed estimate including it. */
    public double add(double value) {
        average = decay * average + (1 - decay) * value;
        weight = decay * weight + (1 - decay);
        return average / weight;
    }

    /** Forgets every value added so far. */
    public void reset() {
        average = 0;
        weight = 0;
    }
}
