package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Korean Standard Time: the zone of every KIS time field, and fast formatters for the hot frame path.
 *
 * <p>Design note: Korea has kept a fixed +09:00 offset since 1988, so HHMMSS can be computed arithmetically from
 * epoch seconds instead of through zone rules; calendars still use {@link #ZONE}.
 */
public final class KoreanTime {

    /** Asia/Seoul. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(9);
    private static final int SECONDS_PER_DAY = 86_400;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter COMPACT_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private KoreanTime() {}

    /** Returns the KST time of day as HHMMSS. */
    public static String hhmmss(Instant time) {
        int seconds = (int) Math.floorMod(time.getEpochSecond() + OFFSET.getTotalSeconds(), (long) SECONDS_PER_DAY);
        char[] text = new char[6];
        putTwoDigits(text, 0, seconds / 3600);
        putTwoDigits(text, 2, seconds / 60 % 60);
        putTwoDigits(text, 4, seconds % 60);
        return new String(text);
    }

    /** Returns a date as YYYYMMDD. */
    public static String yyyymmdd(LocalDate date) {
        char[] text = new char[8];
        int year = date.getYear();
        putTwoDigits(text, 0, year / 100);
        putTwoDigits(text, 2, year % 100);
        putTwoDigits(text, 4, date.getMonthValue());
        putTwoDigits(text, 6, date.getDayOfMonth());
        return new String(text);
    }

    /** Returns the KST wall time as "YYYY-MM-DD HH:MM:SS" (the format of access_token_token_expired). */
    public static String dateTime(Instant time) {
        return DATE_TIME.format(LocalDateTime.ofInstant(time, OFFSET));
    }

    /** Returns the KST wall time as YYYYMMDDHHMMSS (the format of the PINGPONG datetime). */
    public static String compactDateTime(Instant time) {
        return COMPACT_DATE_TIME.format(LocalDateTime.ofInstant(time, OFFSET));
    }

    private static void putTwoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
