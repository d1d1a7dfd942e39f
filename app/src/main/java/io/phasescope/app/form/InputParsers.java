package io.phasescope.app.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Parsers for the form's text fields. Each accepts surrounding blanks and digit-group spaces or
 * underscores ("60 000") and fails with a message meant for the user that repeats the bad text.
 */
public final class InputParsers {

    private InputParsers() {}

    /** A whole number in {@code [min, max]}, described as {@code what} in messages. */
    public static Function<String, Integer> integer(String what, int min, int max) {
        return text -> {
            long value = parseLong(what, text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(
                        what + " must be between " + group(min) + " and " + group(max) + ", was " + quoted(text));
            }
            return (int) value;
        };
    }

    /** Any whole number that fits in a {@code long}, such as a seed. */
    public static Function<String, Long> anyLong(String what) {
        return text -> parseLong(what, text);
    }

    /** A number in {@code (0, max]}, described as {@code what} in messages. */
    public static Function<String, Double> positive(String what, double max) {
        return text -> {
            double value = parseDouble(what, text);
            if (!(value > 0 && value <= max)) {
                throw new IllegalArgumentException(
                        what + " must be greater than 0 and at most " + max + ", was " + quoted(text));
            }
            return value;
        };
    }

    /** Parses {@code "1"} or {@code "1, 2, 3"}: 1 to 64 distinct seeds. */
    public static List<Long> seeds(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Seeds: give one or more whole numbers, for example 1 or 1, 2, 3");
        }
        Set<Long> parsed = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                if (!parsed.add(Long.parseLong(part))) {
                    throw new IllegalArgumentException("Seeds: " + part + " appears twice");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Seeds: '" + part + "' is not a whole number", e);
            }
        }
        if (parsed.isEmpty() || parsed.size() > 64) {
            throw new IllegalArgumentException("Seeds: give 1 to 64 seeds, got " + parsed.size());
        }
        return List.copyOf(parsed);
    }

    /** Comma-separated hidden layer widths, each in {@code [1, maxWidth]}; blank means no hidden layer. */
    public static Function<String, List<Integer>> widths(int maxWidth) {
        Function<String, Integer> width = integer("Each hidden width", 1, maxWidth);
        return text -> {
            List<Integer> widths = new ArrayList<>();
            String trimmed = text == null ? "" : text.trim();
            if (trimmed.isEmpty()) {
                return widths;
            }
            for (String part : trimmed.split(",", -1)) {
                if (part.isBlank()) {
                    throw new IllegalArgumentException("Hidden widths must be whole numbers separated by commas, "
                            + "like 128,128; was " + quoted(text));
                }
                widths.add(width.apply(part));
            }
            return widths;
        };
    }

    /** A number, with a message naming {@code what} if it is none. */
    public static double parseDouble(String what, String text) {
        String cleaned = clean(text);
        try {
            double value = Double.parseDouble(cleaned);
            if (Double.isFinite(value) && !cleaned.endsWith("d") && !cleaned.endsWith("f")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " must be a number such as 0.001 or 1e-3, was " + quoted(text));
    }

    private static long parseLong(String what, String text) {
        try {
            return Long.parseLong(clean(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, was " + quoted(text), e);
        }
    }

    private static String clean(String text) {
        return text == null
                ? ""
                : text.strip()
                        .replace("_", "")
                        .replace(" ", "")
                        .replace("\u202F", "")
                        .replace("\u00A0", "")
                        .toLowerCase(Locale.ROOT);
    }

    private static String quoted(String text) {
        return text == null || text.isBlank() ? "empty" : "'" + text.strip() + "'";
    }

    /** {@code 60000} as {@code "60 000"}. */
    public static String group(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
