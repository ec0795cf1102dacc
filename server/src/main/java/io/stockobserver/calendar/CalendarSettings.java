package io.stockobserver.calendar;

/** The trading calendar's settings (OBSERVER_HOLIDAYS, OBSERVER_MARKET_HOURS). */
public interface CalendarSettings {
    /** The fallback calendar's holidays as configured (YYYY-MM-DD, comma-separated). */
    String holidays();

    CollectionWindow.Mode marketHours();
}
