package io.stockobserver.collect;

import io.stockobserver.events.SystemEventLog;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Watches the scalp stream from the sampling tick (seed 003 §2.11): a session that is connected but delivers no data
 * frame for {@code staleAfter} while collecting is an outage (the session is abandoned and reconnected, with a
 * {@code ws_stale} gap); an outage that lasts {@code pauseAfter} (5 minutes) pauses scalp recording, says so loudly
 * and marks the day anomalous; recording resumes when the stream is back.
 */
public final class StreamWatchdog {
    private static final Logger LOG = Logger.getLogger(StreamWatchdog.class.getName());

    private final ScalpStream stream;
    private final SystemEventLog events;
    private final Duration staleAfter;
    private final Duration pauseAfter;
    private final ZoneId marketZone;
    private volatile boolean paused;

    public StreamWatchdog(
            ScalpStream stream, SystemEventLog events, Duration staleAfter, Duration pauseAfter, ZoneId marketZone) {
        this.stream = stream;
        this.events = events;
        this.staleAfter = staleAfter;
        this.pauseAfter = pauseAfter;
        this.marketZone = marketZone;
    }

    /** One check; {@code collecting} is true while the scalp window is open and the stream should deliver. */
    public void check(Instant now, boolean collecting) {
        if (!collecting) {
            return;
        }
        if (stream.isConnected()) {
            if (paused) {
                paused = false;
                events.record("scalp_resumed", Map.of("reason", "stream_reconnected"));
                LOG.warning("scalp recording resumed: the KIS real-time session is back");
            }
            Duration silence = stream.dataSilence(now);
            if (!stream.subscribedSymbols().isEmpty() && silence.compareTo(staleAfter) > 0) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("silence_ms", silence.toMillis());
                f.put("stale_after_ms", staleAfter.toMillis());
                f.put("subscribed", stream.subscribedSymbols().size());
                events.record("ws_stale_detected", f);
                LOG.warning("KIS real-time session connected but silent for " + silence + "; reconnecting");
                stream.abandonStaleSession(now);
            }
            return;
        }
        Duration outage = stream.outage(now);
        if (!paused && outage.compareTo(pauseAfter) >= 0) {
            paused = true;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("outage_ms", outage.toMillis());
            f.put("pause_after_ms", pauseAfter.toMillis());
            events.record("scalp_paused", f);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("day", now.atZone(marketZone).toLocalDate().toString());
            a.put("reason", "ws_outage_over_" + pauseAfter.toMinutes() + "_min");
            events.record("day_marked_anomalous", a);
            LOG.severe("*** SCALP RECORDING PAUSED: the KIS real-time session has been down for " + outage
                    + "; the day is marked anomalous. Reconnection continues every 60 s. ***");
        }
    }

    /** True while scalp recording is paused by a long outage. */
    public boolean paused() {
        return paused;
    }
}
