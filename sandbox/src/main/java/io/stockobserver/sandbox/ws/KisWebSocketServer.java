package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.auth.ApprovalKeyIssuer;
import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The WebSocket side of the sandbox, assembled: the server, the registration rules, the realistic feed on a
 * scheduler (or the flood feed in benchmark mode), the PINGPONG keep-alive and the injected faults of a
 * {@link WsFaultPlan}. {@link #close()} stops every thread.
 */
public final class KisWebSocketServer implements AutoCloseable {

    private final WsEndpoint endpoint;
    private final ScheduledThreadPoolExecutor scheduler;
    private final FloodFeed flood;
    private final SandboxCounters counters;

    private KisWebSocketServer(
            WsEndpoint endpoint, ScheduledThreadPoolExecutor scheduler, FloodFeed flood, SandboxCounters counters) {
        this.endpoint = endpoint;
        this.scheduler = scheduler;
        this.flood = flood;
        this.counters = counters;
    }

    /**
     * Binds and starts the server and its feeds.
     *
     * @param bindAddress the only address to listen on
     * @param port the port, 0 for a free one
     * @param settings limits, intervals and layouts
     * @param market the market model to stream
     * @param approvals where approval keys are looked up
     * @param faults the faults to inject
     * @param counters where everything is counted
     * @throws IOException if the address cannot be bound
     */
    public static KisWebSocketServer start(
            InetAddress bindAddress,
            int port,
            WsSettings settings,
            MarketModel market,
            ApprovalKeyIssuer approvals,
            WsFaultPlan faults,
            SandboxCounters counters)
            throws IOException {
        ScheduledThreadPoolExecutor scheduler = scheduler();
        SubscriptionIndex index = new SubscriptionIndex(market);
        RegistrationDesk desk = new RegistrationDesk(approvals, index, settings.maxRegistrations(), counters);
        WsEndpoint endpoint = new WsEndpoint(
                new InetSocketAddress(bindAddress, port),
                desk,
                settings.outboxCapacity(),
                faults,
                counters,
                session -> schedulePings(scheduler, session, settings, market, counters));
        try {
            endpoint.startAndAwait();
        } catch (IOException e) {
            scheduler.shutdownNow();
            stopQuietly(endpoint);
            throw e;
        }
        MarketFeed feed = new MarketFeed(
                market, index, endpoint::sessions, new OrderBookRecordEncoder(settings.orderbookFieldCount()));
        long tick = settings.emissionInterval().toNanos();
        scheduler.scheduleWithFixedDelay(feed, tick, tick, TimeUnit.NANOSECONDS);
        FloodFeed flood = null;
        if (settings.floodRecordsPerSecond() > 0) {
            flood = new FloodFeed(market, index, settings.floodRecordsPerSecond(), settings.recordsPerFloodFrame());
            flood.start();
        }
        return new KisWebSocketServer(endpoint, scheduler, flood, counters);
    }

    /** Returns the bound address (with the real port when 0 was asked). */
    public InetSocketAddress address() {
        return new InetSocketAddress(endpoint.getAddress().getAddress(), endpoint.getPort());
    }

    /** Cuts every open connection without a close handshake (counted as injected); returns how many were cut. */
    public int dropSessions() {
        List<WsSession> sessions = List.copyOf(endpoint.sessions());
        sessions.forEach(WsSession::abort);
        counters.injectedSessionDrops(sessions.size());
        return sessions.size();
    }

    /** Stops the feeds, closes every connection and ends the server threads. */
    @Override
    public void close() {
        if (flood != null) {
            flood.close();
        }
        scheduler.shutdownNow();
        stopQuietly(endpoint);
    }

    private static void schedulePings(
            ScheduledExecutorService scheduler,
            WsSession session,
            WsSettings settings,
            MarketModel market,
            SandboxCounters counters) {
        long interval = settings.pingInterval().toNanos();
        Runnable ping = () -> {
            if (session.stalled()) {
                counters.pingWithheld();
                return;
            }
            counters.pingSent();
            session.reply(ControlReply.pingPong(market.now()));
        };
        session.attachPinger(scheduler.scheduleAtFixedRate(ping, interval, interval, TimeUnit.NANOSECONDS));
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("kis-sandbox-feed");
            thread.setDaemon(true);
            return thread;
        });
        // Cancelled pingers of closed sessions must not pile up in the queue.
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    private static void stopQuietly(WsEndpoint endpoint) {
        try {
            endpoint.stop(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
