package io.phasescope.app.export;

/** Units of a figure's size. */
public enum SizeUnit {
    POINTS("pt", 1),
    CENTIMETRES("cm", 72 / 2.54),
    INCHES("in", 72);

    private final String symbol;
    private final double points;

    SizeUnit(String symbol, double points) {
        this.symbol = symbol;
        this.points = points;
    }

    /** {@code value} of this unit in points (1/72 inch). */
    public double toPoints(double value) {
        return value * points;
    }

    /** {@code points} in this unit. */
    public double fromPoints(double value) {
        return value / points;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
