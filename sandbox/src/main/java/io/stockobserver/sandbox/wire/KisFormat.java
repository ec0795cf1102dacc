package io.stockobserver.sandbox.wire;

/**
 * How KIS writes numbers: plain integers, signed differences ("-150"), rates with two decimals ("-7.22", "0.00"),
 * and the 전일 대비 부호 codes 1 상한, 2 상승, 3 보합, 4 하한, 5 하락 (KIS facts §4.1, §6.1).
 */
public final class KisFormat {

    /** 상한: the price is at the upper limit. */
    public static final String SIGN_UPPER_LIMIT = "1";
    /** 상승. */
    public static final String SIGN_UP = "2";
    /** 보합. */
    public static final String SIGN_FLAT = "3";
    /** 하한: the price is at the lower limit. */
    public static final String SIGN_LOWER_LIMIT = "4";
    /** 하락. */
    public static final String SIGN_DOWN = "5";

    private KisFormat() {}

    /** Returns the sign code of a difference (2, 3 or 5). */
    public static String sign(long difference) {
        if (difference > 0) {
            return SIGN_UP;
        }
        return difference == 0 ? SIGN_FLAT : SIGN_DOWN;
    }

    /** Returns the 전일 대비 부호 of a price against its base, using 1 and 4 at the price limits. */
    public static String changeSign(long price, long base, long upperLimit, long lowerLimit) {
        if (price != base && price == upperLimit) {
            return SIGN_UPPER_LIMIT;
        }
        if (price != base && price == lowerLimit) {
            return SIGN_LOWER_LIMIT;
        }
        return sign(price - base);
    }

    /** Returns a value with exactly two decimals, rounded half away from zero ("12.30", "-0.05", "0.00"). */
    public static String twoDecimals(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0.00";
        }
        long hundredths = Math.round(Math.abs(value) * 100);
        if (hundredths == 0) {
            return "0.00";
        }
        StringBuilder text = new StringBuilder(16);
        if (value < 0) {
            text.append('-');
        }
        text.append(hundredths / 100).append('.');
        long fraction = hundredths % 100;
        if (fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }

    /** Returns {@code part / whole × 100} with two decimals, or "0.00" when the whole is 0. */
    public static String percent(double part, double whole) {
        return whole == 0 ? "0.00" : twoDecimals(part * 100 / whole);
    }
}
