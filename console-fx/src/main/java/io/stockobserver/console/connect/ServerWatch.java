package io.stockobserver.console.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches one server: polls the REST views on a fixed rhythm (slots and status every tick, the slower views every
 * fifth, the login's roles and the universe every few minutes) and follows the live feed. Everything it learns goes
 * to the {@link Listener} on the watch's own threads — the UI moves it to the FX thread. A failing poll reports the
 * server {@link LinkState#LOST} within one tick; polling goes on, so it comes back by itself.
 */
public final class ServerWatch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ServerWatch.class.getName());

    /** The views, by key: what each poll fetches. */
    public static final String SLOTS = "slots";

    public static final String STATUS = "status";
    public static final String SWING = "swing";
    public static final String GAPS = "gaps";
    public static final String OVERFLOW = "overflow";
    public static final String RETENTION = "retention";
    public static final String DAY = "day";
    public static final String READY = "ready";
    public static final String ME = "me";
    public static final String UNIVERSE = "universe";
    public static final String LOADS = "loads";

    private record View(String key, String path, int everyTicks) {}

    private static final List<View> VIEWS = List.of(
            new View(SLOTS, "/api/slots", 1),
            new View(STATUS, "/api/status", 1),
            new View(SWING, "/api/tracks/swing", 5),
            new View(GAPS, "/api/gaps", 5),
            new View(OVERFLOW, "/api/overflow?limit=500", 5),
            new View(RETENTION, "/api/retention", 5),
            new View(DAY, "/api/days/today", 5),
            new View(READY, "/health/ready", 5),
            new View(LOADS, "/api/etl-jobs?max=60", 1),
            new View(ME, "/api/me", 150),
            new View(UNIVERSE, "/api/universe", 150));

    /** What the watch reports. */
    public interface Listener {
        void onLink(LinkState state, String detail);

        void onView(String key, JsonNode json);

        void onEvent(LiveEvent event);

        /** The live feed connected (true) or dropped (false); REST may still answer. */
        default void onLiveFeed(boolean up, String detail) {}
    }

    private final ApiClient api;
    private final Listener listener;
    private final Duration tick;
    private final ScheduledExecutorService poller;
    private final LiveStream live;
    private volatile LinkState state = LinkState.CONNECTING;
    private long ticks;

    public ServerWatch(ApiClient api, Listener listener, Duration tick) {
        this.api = api;
        this.listener = listener;
        this.tick = tick;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watch-" + api.profile().name());
            t.setDaemon(true);
            return t;
        });
        this.live = new LiveStream(api, new LiveStream.Listener() {
            @Override
            public void onEvent(LiveEvent event) {
                listener.onEvent(event);
                if (event.name().startsWith("slot_") || event.name().equals("pin_refused")) {
                    refreshSoon(SLOTS); // the grid follows a slot change at once, not at the next tick
                }
            }

            @Override
            public void onLink(boolean up, String detail) {
                listener.onLiveFeed(up, detail);
            }
        });
    }

    public ApiClient api() {
        return api;
    }

    public LinkState state() {
        return state;
    }

    public void start() {
        listener.onLink(LinkState.CONNECTING, "connecting to " + api.profile().baseUri());
        poller.scheduleWithFixedDelay(this::poll, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        live.start();
    }

    /** Fetches one view now (after an action or a live event), off the caller's thread. */
    public void refreshSoon(String key) {
        for (View v : VIEWS) {
            if (v.key().equals(key)) {
                poller.execute(() -> fetch(v));
            }
        }
    }

    private void poll() {
        long n = ticks++;
        live.closeIfSilent();
        for (View v : VIEWS) {
            if (n % v.everyTicks() == 0 && !fetch(v)) {
                return; // the server is lost or refuses: no point asking for the rest this tick
            }
        }
    }

    /** Fetches a view; false when the server did not answer or refused the login. */
    private boolean fetch(View v) {
        try {
            JsonNode json = api.get(v.path());
            setState(LinkState.UP, "answering");
            listener.onView(v.key(), json);
            return true;
        } catch (ApiException e) {
            if (e.status() == 401) {
                setState(LinkState.REFUSED, e.getMessage());
                return false;
            }
            if (v.key().equals(READY) && e.status() == 503) {
                return true; // not ready is an answer; its checks come with the status view
            }
            LOG.log(Level.FINE, v.path() + " failed", e);
            return true; // one view failing (e.g. a 404 before the first package) is not a lost server
        } catch (IOException e) {
            setState(LinkState.LOST, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, v.path() + " could not be shown", e);
            return true;
        }
    }

    private void setState(LinkState next, String detail) {
        if (state != next) {
            state = next;
            listener.onLink(next, detail);
        }
    }

    @Override
    public void close() {
        live.close();
        poller.shutdownNow();
    }
}
