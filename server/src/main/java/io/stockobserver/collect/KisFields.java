package io.stockobserver.collect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Conversions of KIS's string-typed values: integers for KRW prices and quantities, BigDecimal for rates, and KST
 * {@code YYYYMMDD} + {@code HHMMSS} to UTC instants. Empty text means "absent" (null), never 0.
 */
final class KisFields {
    static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private KisFields() {}

    /** A signed integer, or null when empty; throws {@link NumberFormatException} for garbage. */
    static Long integer(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return Long.parseLong(text.trim());
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return new BigDecimal(text.trim());
    }

    static Instant kstInstant(String yyyymmdd, String hhmmss) {
        return LocalDate.parse(yyyymmdd, DATE)
                .atTime(LocalTime.parse(hhmmss, TIME))
                .atZone(KST)
                .toInstant();
    }
}
