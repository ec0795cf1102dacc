package io.stockobserver.sandbox.upbit.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Upbit writes them: amounts (volumes, traded values, sizes) with at most 8 decimals, rates with at most
 * 10 (the captures: {@code "acc_trade_price":105514711074.18726000}, {@code "signed_change_rate":0.0211834320}). The
 * model computes in doubles; printing a double as it is would show digits the venue never sends.
 */
public final class UpbitDecimals {
    private UpbitDecimals() {}

    /** A volume, traded value or size: at most 8 decimals. */
    public static BigDecimal amount(double value) {
        return round(value, 8);
    }

    /** A change rate (a fraction): at most 10 decimals. */
    public static BigDecimal rate(double value) {
        return round(value, 10);
    }

    private static BigDecimal round(double value, int scale) {
        BigDecimal d = BigDecimal.valueOf(value)
                .setScale(scale, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
