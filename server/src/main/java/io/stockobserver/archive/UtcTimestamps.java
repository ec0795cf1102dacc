package io.stockobserver.archive;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The archive's one way of writing an instant: ISO-8601 UTC with a {@code Z} and exactly six fractional digits
 * ({@code 2026-07-24T02:52:14.123456Z}), so every timestamp has at least millisecond precision and sorts as text.
 *
 * <p>Design note: {@link Instant#toString()} drops the fraction when it is zero, which would break the "at least
 * millisecond precision" promise of the record contract, hence this fixed-width formatter.
 */
public final class UtcTimestamps {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private UtcTimestamps() {}

    /** {@code instant} truncated to microseconds, formatted with six fractional digits. */
    public static String format(Instant instant) {
        return MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** Parses any ISO-8601 UTC instant ({@code …Z}) written by the archive or by a venue. */
    public static Instant parse(String text) {
        return Instant.parse(text);
    }
}
