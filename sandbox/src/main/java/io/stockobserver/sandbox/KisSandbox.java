package io.stockobserver.sandbox;

import io.stockobserver.sandbox.auth.AccessTokenIssuer;
import io.stockobserver.sandbox.auth.ApprovalKeyIssuer;
import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.market.HolidayCalendar;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.MarketModelSettings;
import io.stockobserver.sandbox.market.TradingCalendar;
import io.stockobserver.sandbox.master.MasterFiles;
import io.stockobserver.sandbox.master.MasterLayout;
import io.stockobserver.sandbox.rest.ApprovalEndpoint;
import io.stockobserver.sandbox.rest.ChkHolidayEndpoint;
import io.stockobserver.sandbox.rest.FaultAdminEndpoint;
import io.stockobserver.sandbox.rest.FluctuationEndpoint;
import io.stockobserver.sandbox.rest.InquirePriceEndpoint;
import io.stockobserver.sandbox.rest.IntstockMultPriceEndpoint;
import io.stockobserver.sandbox.rest.MasterFileEndpoint;
import io.stockobserver.sandbox.rest.QuotationGateway;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.rest.RestServer;
import io.stockobserver.sandbox.rest.RevokeEndpoint;
import io.stockobserver.sandbox.rest.SurgeAdminEndpoint;
import io.stockobserver.sandbox.rest.TokenEndpoint;
import io.stockobserver.sandbox.rest.VolumeRankEndpoint;
import io.stockobserver.sandbox.rest.WsFaultAdminEndpoint;
import io.stockobserver.sandbox.stats.SandboxCounters;
import io.stockobserver.sandbox.ws.KisWebSocketServer;
import io.stockobserver.sandbox.ws.WsSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running KIS sandbox: the REST server, the WebSocket server and the market model behind them, all bound to one
 * address (loopback by default). Start it with {@link #start(SandboxOptions)}, connect to {@link #restBaseUrl()}
 * and {@link #wsUrl()} exactly as to the real venue, and {@link #close()} it. Tests steer it through
 * {@link #faults()} (REST faults), {@link #wsFaults()} (WebSocket faults) and {@link #surges()} (bursts of activity).
 */
public final class KisSandbox implements AutoCloseable {

    private final SandboxOptions options;
    private final MarketModel market;
    private final SandboxStats stats;
    private final SandboxFaults faults;
    private final SandboxWsFaults wsFaults;
    private final SandboxSurges surges;
    private final RestServer rest;
    private final KisWebSocketServer ws;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KisSandbox(Parts parts, RestServer rest, KisWebSocketServer ws) {
        this.options = parts.options();
        this.market = parts.market();
        this.stats = new SandboxStats(parts.counters(), parts.market());
        this.faults = new SandboxFaults(parts.faults());
        this.wsFaults = new SandboxWsFaults(parts.wsFaults(), ws::dropSessions);
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
     * @param faults the REST faults
     * @param wsFaults the WebSocket faults
     * @param tokens the access-token issuer
     * @param approvals the approval-key issuer
     * @param holidays the holiday calendar
     */
    private record Parts(
            SandboxOptions options,
            MarketModel market,
            SandboxSurges surges,
            SandboxCounters counters,
            FaultPlan faults,
            WsFaultPlan wsFaults,
            AccessTokenIssuer tokens,
            ApprovalKeyIssuer approvals,
            HolidayCalendar holidays) {}

    /**
     * Builds the market model, schedules the options' surges and starts both servers.
     *
     * @throws IOException if the bind address cannot be resolved or a port cannot be bound
     * @throws IllegalArgumentException if a surge of the options names an unknown symbol
     */
    public static KisSandbox start(SandboxOptions options) throws IOException {
        InetAddress bindAddress = InetAddress.getByName(options.bindAddress());
        Parts parts = parts(options);
        KisWebSocketServer ws = KisWebSocketServer.start(
                bindAddress,
                options.wsPort(),
                wsSettings(options),
                parts.market(),
                parts.approvals(),
                parts.wsFaults(),
                parts.counters());
        try {
            RestServer rest = RestServer.start(
                    bindAddress, options.restPort(), endpoints(parts, bindAddress, ws), parts.counters());
            return new KisSandbox(parts, rest, ws);
        } catch (IOException | RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    private static Parts parts(SandboxOptions options) {
        HolidayCalendar holidays = new HolidayCalendar(options.holidays());
        MarketModel market = MarketModel.create(new MarketModelSettings(
                options.seed(),
                options.symbolCount(),
                options.marketHours() == SandboxMarketHours.EXCHANGE
                        ? TradingCalendar.exchangeHours(holidays)
                        : TradingCalendar.alwaysOpen(),
                options.floodRecordsPerSecond() > 0 ? 0.0 : options.tradeIntensity(),
                options.clock()));
        SandboxSurges surges = new SandboxSurges(market);
        options.surges().forEach(surges::schedule);
        AccessTokenIssuer tokens = new AccessTokenIssuer(
                new AccessTokenIssuer.Policy(
                        options.tokenReuseWindow(), options.tokenIssueMinInterval(), options.tokenLifetime()),
                options.clock());
        ApprovalKeyIssuer approvals = new ApprovalKeyIssuer(options.approvalMinInterval(), options.clock());
        return new Parts(
                options,
                market,
                surges,
                new SandboxCounters(),
                new FaultPlan(),
                new WsFaultPlan(),
                tokens,
                approvals,
                holidays);
    }

    private static List<RestEndpoint> endpoints(Parts parts, InetAddress bindAddress, KisWebSocketServer ws) {
        SandboxOptions options = parts.options();
        MarketModel market = parts.market();
        SandboxCounters counters = parts.counters();
        QuotationGateway gateway = new QuotationGateway(
                parts.tokens(),
                options.restCallsPerSecond(),
                options.rateLimitHttpStatus(),
                options.expiredTokenHttpStatus(),
                options.venueProfile() == SandboxVenueProfile.PAPER,
                parts.faults(),
                counters);
        MasterFiles masterFiles = new MasterFiles(market);
        List<RestEndpoint> endpoints = new ArrayList<>(List.of(
                new TokenEndpoint(parts.tokens(), counters),
                new ApprovalEndpoint(parts.approvals(), counters),
                new RevokeEndpoint(parts.tokens()),
                new InquirePriceEndpoint(market, gateway, counters),
                new IntstockMultPriceEndpoint(market, gateway, counters),
                new VolumeRankEndpoint(market, gateway, counters),
                new FluctuationEndpoint(market, gateway, counters),
                new ChkHolidayEndpoint(parts.holidays(), parts.faults(), gateway, counters),
                new MasterFileEndpoint(MasterLayout.KOSPI, masterFiles, parts.faults(), counters),
                new MasterFileEndpoint(MasterLayout.KOSDAQ, masterFiles, parts.faults(), counters)));
        if (bindAddress.isLoopbackAddress()) {
            endpoints.addAll(FaultAdminEndpoint.all(parts.faults()));
            endpoints.addAll(SurgeAdminEndpoint.all(market));
            endpoints.addAll(WsFaultAdminEndpoint.all(parts.wsFaults(), ws::dropSessions));
        }
        return endpoints;
    }

    /** Returns the REST base URL, e.g. http://127.0.0.1:54321 (paths as on the real venue go after it). */
    public URI restBaseUrl() {
        return uri("http", rest.address());
    }

    /** Returns the WebSocket URL, e.g. ws://127.0.0.1:54322 (any path is accepted). */
    public URI wsUrl() {
        return uri("ws", ws.address());
    }

    /** Returns the market model behind both servers. */
    public MarketModel market() {
        return market;
    }

    /** Returns the live counters. */
    public SandboxStats stats() {
        return stats;
    }

    /** Returns the options the sandbox was started with. */
    public SandboxOptions options() {
        return options;
    }

    /**
     * Returns the REST fault injection: EGW00201 bursts, HTTP 500 failures and slow answers of quotation calls,
     * unavailable master files and chk-holiday. The same faults can be set at {@code POST /sandbox/faults} when the
     * REST server is bound to loopback.
     */
    public SandboxFaults faults() {
        return faults;
    }

    /**
     * Returns the WebSocket fault injection: stalls, malformed and truncated frames, refused handshakes. The same
     * faults can be set at {@code POST /sandbox/ws-faults} when the REST server is bound to loopback.
     */
    public SandboxWsFaults wsFaults() {
        return wsFaults;
    }

    /**
     * Returns the surges: bursts of volume, trade rate or volatility of one listing, scheduled at runtime (the options
     * schedule the first ones). The same can be done at {@code /sandbox/surges} when the REST server is bound to
     * loopback.
     */
    public SandboxSurges surges() {
        return surges;
    }

    /**
     * Fault injection: cuts every open WebSocket connection without a close handshake, as a network failure or a
     * venue restart would. Clients see the connection drop and must reconnect and register again.
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

    private static WsSettings wsSettings(SandboxOptions options) {
        return new WsSettings(
                options.maxRegistrations(),
                options.pingInterval(),
                options.orderbookFieldCount(),
                options.outboundQueueCapacity(),
                options.emissionInterval(),
                options.floodRecordsPerSecond(),
                options.recordsPerFloodFrame());
    }

    private static URI uri(String scheme, InetSocketAddress address) {
        try {
            return new URI(scheme, null, address.getAddress().getHostAddress(), address.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot form a URI for " + address, e);
        }
    }
}
