package io.stockobserver.scalp.slot;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Argument checks and the archive's rounding of scores, shared by the slot types. */
final class Scores {
    /** Decimals a score keeps in the archive: enough to tell candidates apart, no binary-float noise. */
    static final int DECIMALS = 4;

    private Scores() {}

    static void requireSymbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank but was '" + symbol + "'");
        }
    }

    static void requireScore(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1 but was " + score);
        }
    }

    /** {@code score} rounded half-up to 4 decimals, trailing zeros dropped but at least one decimal (1.0, 0.87). */
    static BigDecimal rounded(double score) {
        BigDecimal value = BigDecimal.valueOf(score)
                .setScale(DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return value.scale() < 1 ? value.setScale(1) : value;
    }
}
