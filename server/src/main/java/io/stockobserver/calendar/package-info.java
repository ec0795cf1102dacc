/**
 * Trading days and collection hours: whether the market opens on a given local date, so collectors skip weekends
 * and exchange holidays (ARCHITECTURE §3: "KIS holiday API, with a configured calendar as fallback"), and when in the
 * day each track collects. Venue-neutral: the venue's own statement of its days comes through
 * {@link io.stockobserver.provider.TradingDaySource}.
 *
 * <ul>
 *   <li>{@link io.stockobserver.calendar.TradingCalendar} — the question, and which source answered it.
 *   <li>{@link io.stockobserver.calendar.FallbackCalendar} — weekends plus the configured holidays
 *       ({@code OBSERVER_HOLIDAYS}); ships an approximate KRX 2026 list.
 *   <li>{@link io.stockobserver.calendar.VenueTradingCalendar} — answers from the venue's days it has been fed, and
 *       from the fallback for any other day.
 *   <li>{@link io.stockobserver.calendar.CollectionWindow} — the hours of a track in the market's zone.
 *   <li>{@link io.stockobserver.calendar.CalendarService} — the bean: asks the venue at most once a day, records
 *       disagreements and outages as system events. A venue that trades around the clock is always open.
 * </ul>
 */
package io.stockobserver.calendar;
