package io.stockobserver.batch.etl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** One provider's market day: its name and the UTC instants it spans in the archive's partition zone. */
public record DayWindow(String provider, LocalDate day, Instant from, Instant to) {
    private static final java.util.regex.Pattern PROVIDER = java.util.regex.Pattern.compile("[a-z0-9_]{1,20}");

    public static DayWindow of(String provider, String day, ZoneId zone) {
        if (provider == null || !PROVIDER.matcher(provider).matches()) {
            throw new IllegalArgumentException("provider must match [a-z0-9_]{1,20}, e.g. kis or upbit: " + provider);
        }
        LocalDate d;
        try {
            d = LocalDate.parse(day == null ? "" : day, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("day must be YYYYMMDD: " + day);
        }
        return new DayWindow(
                provider,
                d,
                d.atStartOfDay(zone).toInstant(),
                d.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public String token() {
        return DateTimeFormatter.BASIC_ISO_DATE.format(day);
    }
}
