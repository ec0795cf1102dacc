package io.stockobserver.sandbox.upbit.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Upbit's date and time spellings (PROVIDERS_FACTS §1.1, §1.4). The ticker writes {@code yyyyMMdd} / {@code HHmmss};
 * the trade stream and {@code /v1/trades/ticks} write {@code yyyy-MM-dd} / {@code HH:mm:ss}; candles write
 * {@code yyyy-MM-dd'T'HH:mm:ss}. Times are UTC unless the field says KST.
 */
public final class UpbitTime {

    /** Korea Standard Time. */
    public static final ZoneId KST = ZoneId.of("Asia/Seoul");

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter COMPACT_TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter DASHED_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter COLON_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter CANDLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private UpbitTime() {}

    /** Returns {@code yyyyMMdd} of an epoch-millisecond time in a zone. */
    public static String compactDate(long millis, ZoneId zone) {
        return COMPACT_DATE.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** Returns {@code HHmmss} of an epoch-millisecond time in a zone. */
    public static String compactTime(long millis, ZoneId zone) {
        return COMPACT_TIME.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** Returns {@code yyyy-MM-dd} (UTC) of an epoch-millisecond time. */
    public static String dashedDate(long millis) {
        return DASHED_DATE.format(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
    }

    /** Returns {@code HH:mm:ss} (UTC) of an epoch-millisecond time. */
    public static String colonTime(long millis) {
        return COLON_TIME.format(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
    }

    /** Returns {@code yyyy-MM-dd} of a date. */
    public static String date(LocalDate date) {
        return DASHED_DATE.format(date);
    }

    /** Returns {@code yyyy-MM-dd'T'HH:mm:ss} of an instant in a zone. */
    public static String candle(Instant instant, ZoneId zone) {
        return CANDLE.format(instant.atZone(zone));
    }
}
