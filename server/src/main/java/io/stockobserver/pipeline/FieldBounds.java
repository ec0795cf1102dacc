package io.stockobserver.pipeline;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How large and how precise a normalized number may be (docs/archive-format.md, "Number bounds"). Every numeric
 * field of a record is checked here twice: when the venue text is parsed ({@link #parseInteger},
 * {@link #parseDecimal}), and again by the validator for anything built otherwise. The bounds sit far above any
 * real market value and far below what a standard JSON reader refuses (Jackson: 1,000 digits; Python: 4,300), so a
 * hostile or corrupted frame such as {@code 1E+999999999} is refused before anything expands it.
 *
 * <p>Design note: {@code BigDecimal} keeps {@code 1E+999999999} as two small numbers; only printing it expands it.
 * The check works on precision and scale alone, so it never expands a value it refuses.
 */
public final class FieldBounds {
    /**
     * One field's limits.
     *
     * @param integerDigits digits allowed before the decimal point ({@code |v| < 10^integerDigits})
     * @param scale digits allowed after it
     */
    public record Bound(int integerDigits, int scale) {}

    /** KRW and other prices, and signed differences of prices. */
    static final Bound PRICE = new Bound(12, 8);
    /** Share or coin quantities, day-cumulative volume included. */
    static final Bound QUANTITY = new Bound(15, 8);
    /** Day-cumulative traded value. */
    static final Bound VALUE = new Bound(18, 8);
    /** Percentages such as the change against the previous close. */
    static final Bound PERCENT = new Bound(5, 8);
    /** Any other number (counts, levels). */
    static final Bound OTHER = new Bound(18, 8);

    /** Longest text accepted for a number (sign, 18 + 8 digits, point, exponent): longer text is refused unread. */
    static final int MAX_TEXT = 40;

    private static final Map<String, Bound> BOUNDS = Map.ofEntries(
            Map.entry("last_price", PRICE),
            Map.entry("open", PRICE),
            Map.entry("high", PRICE),
            Map.entry("low", PRICE),
            Map.entry("ask_price", PRICE),
            Map.entry("bid_price", PRICE),
            Map.entry("prev_close", PRICE),
            Map.entry("base_price", PRICE),
            Map.entry("upper_limit", PRICE),
            Map.entry("lower_limit", PRICE),
            Map.entry("change", PRICE),
            Map.entry("last_size", QUANTITY),
            Map.entry("volume", QUANTITY),
            Map.entry("ask_size", QUANTITY),
            Map.entry("bid_size", QUANTITY),
            Map.entry("turnover", VALUE),
            Map.entry("change_rate", PERCENT));

    private FieldBounds() {}

    /** The limits of {@code field}; fields without their own use {@link #OTHER}. */
    public static Bound of(String field) {
        return BOUNDS.getOrDefault(field, OTHER);
    }

    /** Venue text → an integer within the field's bounds; null for absent (null or empty) text. */
    public static Long parseInteger(String field, String text) {
        String t = trimmed(field, text);
        if (t == null) {
            return null;
        }
        long v;
        try {
            v = Long.parseLong(ascii(t));
        } catch (NumberFormatException e) {
            throw new FieldValueException(field, text, "not_an_integer");
        }
        String problem = violation(field, BigDecimal.valueOf(v));
        if (problem != null) {
            throw new FieldValueException(field, text, problem);
        }
        return v;
    }

    /** Venue text → a decimal within the field's bounds; null for absent (null or empty) text. */
    public static BigDecimal parseDecimal(String field, String text) {
        String t = trimmed(field, text);
        if (t == null) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(ascii(t));
        } catch (NumberFormatException e) {
            throw new FieldValueException(field, text, "not_a_number");
        }
        String problem = violation(field, d);
        if (problem != null) {
            throw new FieldValueException(field, text, problem);
        }
        return d;
    }

    /** Why {@code value} may not be archived as {@code field} ({@code too_large}, {@code too_precise}), or null. */
    public static String violation(String field, Number value) {
        Bound b = of(field);
        if (value instanceof BigDecimal d) {
            // digits before the point = precision − scale, computed in long: scale may be ±2^31
            long integerDigits = (long) d.precision() - d.scale();
            if (integerDigits > b.integerDigits()) {
                return "too_large";
            }
            if (d.scale() > b.scale()) {
                return "too_precise";
            }
            return null;
        }
        if (value instanceof Long || value instanceof Integer) {
            long v = value.longValue();
            return v != Long.MIN_VALUE && Math.abs(v) < pow10(b.integerDigits()) ? null : "too_large";
        }
        return "not_a_number";
    }

    private static String trimmed(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new FieldValueException(field, text, "too_long");
        }
        String t = text.trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * {@code text} when it holds only ASCII number characters; {@code Long.parseLong} and {@code BigDecimal} also read
     * Arabic-Indic or full-width digits, which no venue sends: such text is corruption, refused as not a number.
     */
    private static String ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E')) {
                throw new NumberFormatException("not an ASCII number");
            }
        }
        return text;
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < Math.min(digits, 18); i++) {
            p *= 10;
        }
        return digits >= 19 ? Long.MAX_VALUE : p;
    }
}
