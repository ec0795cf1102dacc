package io.stockobserver.universe;

import io.stockobserver.calendar.CollectionWindow;
import java.time.LocalTime;
import java.util.List;

/** What the daily universe build needs from the configuration (OBSERVER_UNIVERSE_*, OBSERVER_WATCHLIST). */
public interface UniverseSettings {
    long universeMinPrice();

    /** Lowest recent traded value of a member (zero: no turnover rule). */
    java.math.BigDecimal universeMinTurnover();

    List<String> universeGroups();

    List<String> universeExclusions();

    LocalTime universeBuildAt();

    /** A fixed list of symbols that replaces the built universe, or empty. */
    List<String> watchList();

    CollectionWindow.Mode marketHours();
}
