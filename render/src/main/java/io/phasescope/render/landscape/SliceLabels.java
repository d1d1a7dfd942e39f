package io.phasescope.render.landscape;

/**
 * The texts of a slice chart.
 *
 * @param title chart title
 * @param value what the colours (or the 1D curve) show, with its unit, e.g. "E (nats)"
 * @param a the first axis, e.g. "a (filter-normalized d₁)"
 * @param b the second axis (unused in 1D)
 */
public record SliceLabels(String title, String value, String a, String b) {

    public SliceLabels {
        if (title == null || value == null || value.isBlank() || a == null || a.isBlank() || b == null) {
            throw new IllegalArgumentException("title, value, a and b labels must be given, value was '" + value + "'");
        }
    }
}
