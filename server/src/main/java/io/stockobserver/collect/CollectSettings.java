package io.stockobserver.collect;

import io.stockobserver.calendar.CollectionWindow;
import java.time.Duration;
import java.util.List;

/** What the two collectors need from the configuration (OBSERVER_SWING_*, OBSERVER_SCALP_*, OBSERVER_WS_*). */
public interface CollectSettings {
    Duration swingInterval();

    CollectionWindow swingWindow();

    CollectionWindow scalpWindow();

    /** A fixed list of symbols that replaces the built universe, or empty. */
    List<String> watchList();

    Duration scalpStaleAfter();

    Duration wsStaleAfter();

    Duration scalpPauseAfter();

    /** Scales the reconnect back-off (1 in production; tests shrink it). */
    double reconnectScale();
}
