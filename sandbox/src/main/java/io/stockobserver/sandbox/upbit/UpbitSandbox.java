package io.stockobserver.sandbox.upbit;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.upbit.limit.RefusalEscalation;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.market.UpbitMarketSettings;
import io.stockobserver.sandbox.upbit.rest.RestFaultPlan;
import io.stockobserver.sandbox.upbit.rest.RestLimits;
import io.stockobserver.sandbox.upbit.rest.UpbitEndpoints;
import io.stockobserver.sandbox.upbit.rest.UpbitRestServer;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import io.stockobserver.sandbox.upbit.ws.UpbitWebSocketServer;
import io.stockobserver.sandbox.upbit.ws.UpbitWsSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running Upbit sandbox: the Quotation REST server, the public WebSocket server and the market model behind them,
 * bound to one address (loopback by default). Start it with {@link #start(UpbitSandboxOptions)}, connect to
 * {@link #restBaseUrl()} and {@link #wsUrl()} exactly as to {@code https://api.upbit.com} and
 * {@code wss://api.upbit.com/websocket/v1}, and {@link #close()} it. Tests steer it through {@link #faults()},
 * {@link #wsFaults()} and {@link #surges()}.
 */
public final class UpbitSandbox implements AutoCloseable {

    private final UpbitSandboxOptions options;
    private final UpbitMarketModel market;
    private final UpbitSandboxStats stats;
    private final UpbitSandboxFaults faults;
    private final UpbitSandboxWsFaults wsFaults;
    private final UpbitSandboxSurges surges;
    private final UpbitRestServer rest;
    private final UpbitWebSocketServer ws;
    private final AtomicBoolean closed = new AtomicBoolean();

    private UpbitSandbox(Parts parts, UpbitRestServer rest, UpbitWebSocketServer ws) {
        this.options = parts.options();
        this.market = parts.market();
        this.stats = new UpbitSandboxStats(parts.counters(), parts.market());
        this.faults = new UpbitSandboxFaults(parts.restFaults());
        this.wsFaults = new UpbitSandboxWsFaults(parts.wsFaults(), ws::dropSessions);
        this.surges = parts.surges();
        this.rest = rest;
        this.ws = ws;
    }

    /**
     * The state shared by both servers, built before either starts.
     *
     * @param options the options
     * @param market the market model
     * @param surges the surges of that model
     * @param counters every counter
     * @param restFaults the REST faults
     * @param wsFaults the WebSocket faults
     */
    private record Parts(
            UpbitSandboxOptions options,
            UpbitMarketModel market,
            UpbitSandboxSurges surges,
            UpbitCounters counters,
            RestFaultPlan restFaults,
            WsFaultPlan wsFaults) {}

    /**
     * Builds the market model, schedules the options' surges and starts both servers.
     *
     * @throws IOException if the bind address cannot be resolved or a port cannot be bound
     * @throws IllegalArgumentException if a surge of the options names an unknown market
     */
    public static UpbitSandbox start(UpbitSandboxOptions options) throws IOException {
        InetAddress bindAddress = InetAddress.getByName(options.bindAddress());
        UpbitMarketModel market = UpbitMarketModel.create(new UpbitMarketSettings(
                options.seed(),
                options.krwMarkets(),
                options.btcMarkets(),
                options.usdtMarkets(),
                options.tradeIntensity(),
                options.clock()));
        UpbitSandboxSurges surges = new UpbitSandboxSurges(market);
        options.surges().forEach(surges::schedule);
        Parts parts = new Parts(options, market, surges, new UpbitCounters(), new RestFaultPlan(), new WsFaultPlan());
        UpbitWebSocketServer ws = UpbitWebSocketServer.start(
                bindAddress, options.wsPort(), wsSettings(options), market, parts.wsFaults(), parts.counters());
        try {
            UpbitRestServer rest = UpbitRestServer.start(
                    bindAddress,
                    options.restPort(),
                    endpoints(parts, bindAddress, ws),
                    restLimits(options),
                    parts.restFaults(),
                    parts.counters());
            return new UpbitSandbox(parts, rest, ws);
        } catch (IOException | RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    private static List<RestEndpoint> endpoints(Parts parts, InetAddress bindAddress, UpbitWebSocketServer ws) {
        List<RestEndpoint> endpoints = new ArrayList<>(
                UpbitEndpoints.quotation(parts.market(), parts.options().maxMarketsPerCall()));
        if (bindAddress.isLoopbackAddress()) {
            endpoints.addAll(UpbitEndpoints.admin(
                    parts.market(), parts.restFaults(), parts.wsFaults(), ws::dropSessions, parts.counters()));
        }
        return endpoints;
    }

    /** Returns the REST base URL, e.g. http://127.0.0.1:54321 (Upbit's paths, such as /v1/ticker, go after it). */
    public URI restBaseUrl() {
        return uri("http", rest.address(), null);
    }

    /** Returns the WebSocket URL, e.g. ws://127.0.0.1:54322/websocket/v1 (the only path served). */
    public URI wsUrl() {
        return uri("ws", ws.address(), "/websocket/v1");
    }

    /** Returns the market model behind both servers. */
    public UpbitMarketModel market() {
        return market;
    }

    /** Returns the live counters. */
    public UpbitSandboxStats stats() {
        return stats;
    }

    /** Returns the options the sandbox was started with. */
    public UpbitSandboxOptions options() {
        return options;
    }

    /** Returns the REST fault injection (also at {@code /sandbox/faults} on a loopback address). */
    public UpbitSandboxFaults faults() {
        return faults;
    }

    /** Returns the WebSocket fault injection (also at {@code /sandbox/ws-faults} on a loopback address). */
    public UpbitSandboxWsFaults wsFaults() {
        return wsFaults;
    }

    /** Returns the surges (also at {@code /sandbox/surges} on a loopback address). */
    public UpbitSandboxSurges surges() {
        return surges;
    }

    /**
     * Fault injection: cuts every open WebSocket connection without a close frame, as a network failure would.
     *
     * @return how many connections were cut
     */
    public int dropWebSocketSessions() {
        return ws.dropSessions();
    }

    /** Stops every thread and socket; safe to call more than once. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            ws.close();
            rest.close();
        }
    }

    private static UpbitWsSettings wsSettings(UpbitSandboxOptions options) {
        return new UpbitWsSettings(
                options.wsConnectsPerSecond(),
                options.wsMessagesPerSecond(),
                options.wsMessagesPerMinute(),
                options.idleTimeout(),
                options.statusInterval(),
                options.errorCloseDelay(),
                options.emissionInterval(),
                options.outboundQueueCapacity());
    }

    private static RestLimits restLimits(UpbitSandboxOptions options) {
        return new RestLimits(
                options.requestsPerSecond(),
                new RefusalEscalation.Policy(
                        options.refusalsBeforeBlock(),
                        options.refusalWindow(),
                        options.blockDuration(),
                        options.maxBlockDuration()));
    }

    private static URI uri(String scheme, InetSocketAddress address, String path) {
        try {
            return new URI(scheme, null, address.getAddress().getHostAddress(), address.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot form a URI for " + address, e);
        }
    }
}
