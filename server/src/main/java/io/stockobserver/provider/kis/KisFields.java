package io.stockobserver.provider.kis;

import io.stockobserver.pipeline.FieldBounds;
import io.stockobserver.pipeline.FieldValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Conversions of KIS's string-typed values: integers for KRW prices and quantities, BigDecimal for rates, and KST
 * {@code YYYYMMDD} + {@code HHMMSS} to UTC instants. Empty text means "absent" (null), never 0. Numbers are bounded
 * per normalized field ({@link FieldBounds}); anything else throws the typed {@link FieldValueException}.
 */
public final class KisFields {
    public static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private KisFields() {}

    /** A signed integer for the normalized {@code field}, or null when empty. */
    public static Long integer(String field, String text) {
        return FieldBounds.parseInteger(field, text);
    }

    /** A decimal for the normalized {@code field}, or null when empty. */
    public static BigDecimal decimal(String field, String text) {
        return FieldBounds.parseDecimal(field, text);
    }

    /** KST date and time of day → UTC; throws {@link FieldValueException} ({@code event_time}) when unreadable. */
    public static Instant kstInstant(String yyyymmdd, String hhmmss) {
        try {
            return LocalDate.parse(yyyymmdd, DATE)
                    .atTime(LocalTime.parse(hhmmss, TIME))
                    .atZone(KST)
                    .toInstant();
        } catch (java.time.DateTimeException | NullPointerException e) {
            throw new FieldValueException("event_time", yyyymmdd + " " + hhmmss, "not_a_time");
        }
    }
}
