/**
 * Trading days: whether the market opens on a given local date, so collectors skip weekends and exchange holidays
 * (ARCHITECTURE §3: "KIS holiday API, with a configured calendar as fallback").
 *
 * <ul>
 *   <li>{@link io.stockobserver.calendar.TradingCalendar} — the question, and which source answered it.
 *   <li>{@link io.stockobserver.calendar.FallbackCalendar} — weekends plus the configured holidays
 *       ({@code OBSERVER_HOLIDAYS}); ships an approximate KRX 2026 list.
 *   <li>{@link io.stockobserver.calendar.KisHolidayParser} — reads a chk-holiday (CTCA0903R) response body
 *       (KIS_API_FACTS §4.8) into {@link io.stockobserver.calendar.HolidayInfo} per day.
 *   <li>{@link io.stockobserver.calendar.KisTradingCalendar} — answers from the KIS days it has been fed, and from
 *       the fallback for any other day.
 * </ul>
 *
 * <p>Plain Java 17: depends on the JDK and Jackson (to read the response body) only. Calling the KIS endpoint and
 * scheduling it (the docs ask for about one call a day) belong to the callers.
 */
package io.stockobserver.calendar;
