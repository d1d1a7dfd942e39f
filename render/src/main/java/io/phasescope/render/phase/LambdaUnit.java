package io.phasescope.render.phase;

/**
 * The unit of the λ axis. Phasescope's L2 strength λ enters the objective as {@code L_λ = E + λ‖θ‖²}; a
 * framework weight decay (for example PyTorch's {@code weight_decay} on plain Adam) is β = 2λ.
 */
public enum LambdaUnit {
    /** Phasescope's L2 strength λ. */
    LAMBDA("λ", "λ  (L2 strength: L_λ = E + λ‖θ‖²)"),
    /** The framework weight decay β = 2λ. */
    BETA("β", "β = 2λ  (weight decay)");

    private final String symbol;
    private final String axisLabel;

    LambdaUnit(String symbol, String axisLabel) {
        this.symbol = symbol;
        this.axisLabel = axisLabel;
    }

    /** {@code lambda} in this unit. */
    public double of(double lambda) {
        return this == BETA ? 2 * lambda : lambda;
    }

    /** "λ" or "β". */
    public String symbol() {
        return symbol;
    }

    /** The label of a λ axis in this unit, naming the unit. */
    public String axisLabel() {
        return axisLabel;
    }
}
