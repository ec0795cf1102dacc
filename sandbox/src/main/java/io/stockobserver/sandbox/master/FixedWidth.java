package io.stockobserver.sandbox.master;

/**
 * How the master files write values, as real records show them: numbers right-aligned and zero-padded, negatives as
 * a minus followed by zero padding ("-00000002"), decimals with two places ("000031.39"), text left-aligned and
 * space-padded, flags Y/N.
 */
final class FixedWidth {

    private FixedWidth() {}

    /** Returns a whole number in exactly {@code width} characters. */
    static String digits(long value, int width) {
        String magnitude = Long.toString(Math.abs(value));
        int room = value < 0 ? width - 1 : width;
        if (magnitude.length() > room) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " characters");
        }
        return (value < 0 ? "-" : "") + "0".repeat(room - magnitude.length()) + magnitude;
    }

    /** Returns a number with two decimals in exactly {@code width} characters. */
    static String twoDecimals(double value, int width) {
        long hundredths = Math.round(Math.abs(value) * 100);
        String magnitude = hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
        boolean negative = value < 0 && hundredths > 0;
        int room = negative ? width - 1 : width;
        if (magnitude.length() > room) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " characters");
        }
        return (negative ? "-" : "") + "0".repeat(room - magnitude.length()) + magnitude;
    }

    /** Returns text left-aligned and space-padded to exactly {@code width} characters. */
    static String text(String value, int width) {
        if (value.length() > width) {
            throw new IllegalArgumentException("'" + value + "' does not fit in " + width + " characters");
        }
        return value + " ".repeat(width - value.length());
    }

    /** Returns Y or N. */
    static String flag(boolean value) {
        return value ? "Y" : "N";
    }
}
