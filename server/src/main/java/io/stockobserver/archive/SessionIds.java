package io.stockobserver.archive;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names an observer run: {@code sess_YYYYMMDD_HHMMSS}, the run's start in the market's local time (KST for KRX), as
 * in seed 003 §2.14 ({@code sess_20260114_093000}). Every record the run writes carries it.
 */
public final class SessionIds {

    private static final Pattern FORMAT = Pattern.compile("sess_\\d{8}_\\d{6}");

    private SessionIds() {}

    /** The session id of a run that started at {@code startedAt}, named in the local time of {@code zone}. */
    public static String of(Instant startedAt, ZoneId zone) {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(zone, "zone");
        LocalDateTime local = LocalDateTime.ofInstant(startedAt, zone);
        return String.format(
                "sess_%04d%02d%02d_%02d%02d%02d",
                local.getYear(),
                local.getMonthValue(),
                local.getDayOfMonth(),
                local.getHour(),
                local.getMinute(),
                local.getSecond());
    }

    /** Whether {@code sessionId} has the {@code sess_YYYYMMDD_HHMMSS} shape. */
    public static boolean isValid(String sessionId) {
        return sessionId != null && FORMAT.matcher(sessionId).matches();
    }
}
