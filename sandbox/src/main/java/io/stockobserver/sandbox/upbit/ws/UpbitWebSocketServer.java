package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.upbit.limit.SlidingWindowLimiter;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The WebSocket side of the Upbit sandbox, assembled: the server, the request desk, the feed and the timers (status
 * frames, idle watch, error closes) on one scheduler thread, and the injected faults of a {@link WsFaultPlan}.
 * {@link #close()} stops every thread.
 */
public final class UpbitWebSocketServer implements AutoCloseable {

    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final long MAX_IDLE_CHECK_NANOS = 500_000_000L;

    private final UpbitWsEndpoint endpoint;
    private final ScheduledThreadPoolExecutor scheduler;
    private final UpbitCounters counters;

    private UpbitWebSocketServer(
            UpbitWsEndpoint endpoint, ScheduledThreadPoolExecutor scheduler, UpbitCounters counters) {
        this.endpoint = endpoint;
        this.scheduler = scheduler;
        this.counters = counters;
    }

    /**
     * Binds and starts the server and its feed.
     *
     * @param bindAddress the only address to listen on
     * @param port the port, 0 for a free one
     * @param settings limits and intervals
     * @param market the market model to stream
     * @param faults the faults to inject
     * @param counters where everything is counted
     * @throws IOException if the address cannot be bound
     */
    public static UpbitWebSocketServer start(
            InetAddress bindAddress,
            int port,
            UpbitWsSettings settings,
            UpbitMarketModel market,
            WsFaultPlan faults,
            UpbitCounters counters)
            throws IOException {
        ScheduledThreadPoolExecutor scheduler = scheduler();
        SubscriptionIndex index = new SubscriptionIndex(market);
        RequestDesk desk = new RequestDesk(market, index, settings, scheduler, counters);
        ConnectionGate gate = new ConnectionGate(
                new SlidingWindowLimiter(settings.connectsPerSecond(), SECOND_NANOS, System::nanoTime),
                faults,
                counters);
        UpbitWsEndpoint endpoint = new UpbitWsEndpoint(
                new InetSocketAddress(bindAddress, port),
                desk,
                gate,
                faults,
                settings,
                scheduler,
                counters,
                session -> watchIdle(scheduler, session, settings, counters));
        try {
            endpoint.startAndAwait();
        } catch (IOException e) {
            scheduler.shutdownNow();
            stopQuietly(endpoint);
            throw e;
        }
        long tick = settings.emissionInterval().toNanos();
        scheduler.scheduleWithFixedDelay(
                new UpbitFeed(market, index, endpoint::sessions), tick, tick, TimeUnit.NANOSECONDS);
        return new UpbitWebSocketServer(endpoint, scheduler, counters);
    }

    /** Returns the bound address (with the real port when 0 was asked). */
    public InetSocketAddress address() {
        return new InetSocketAddress(endpoint.getAddress().getAddress(), endpoint.getPort());
    }

    /** Cuts every open connection without a close frame (counted as injected); returns how many were cut. */
    public int dropSessions() {
        List<UpbitSession> sessions = List.copyOf(endpoint.sessions());
        sessions.forEach(session -> session.abort("sandbox fault injection"));
        counters.injectedSessionDrops(sessions.size());
        return sessions.size();
    }

    /** Stops the feed, closes every connection and ends the server threads. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        stopQuietly(endpoint);
    }

    /** Drops a connection without a close frame once no data has flowed either way for the idle timeout. */
    private static void watchIdle(
            ScheduledExecutorService scheduler,
            UpbitSession session,
            UpbitWsSettings settings,
            UpbitCounters counters) {
        long timeout = settings.idleTimeout().toNanos();
        long period = Math.max(1_000_000L, Math.min(MAX_IDLE_CHECK_NANOS, timeout / 4));
        Runnable check = () -> {
            if (session.idleNanos(System.nanoTime()) >= timeout && !session.isClosing()) {
                counters.idleClosed();
                session.abort("idle for " + settings.idleTimeout());
            }
        };
        session.attachIdleWatch(scheduler.scheduleAtFixedRate(check, period, period, TimeUnit.NANOSECONDS));
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("upbit-sandbox-feed");
            thread.setDaemon(true);
            return thread;
        });
        // Cancelled timers of closed connections must not pile up in the queue.
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    private static void stopQuietly(UpbitWsEndpoint endpoint) {
        try {
            endpoint.stop(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
