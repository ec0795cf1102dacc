package io.stockobserver.sandbox;

import io.stockobserver.sandbox.auth.AccessTokenIssuer;
import io.stockobserver.sandbox.auth.ApprovalKeyIssuer;
import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.market.HolidayCalendar;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.MarketModelSettings;
import io.stockobserver.sandbox.market.TradingCalendar;
import io.stockobserver.sandbox.master.MasterFiles;
import io.stockobserver.sandbox.master.MasterLayout;
import io.stockobserver.sandbox.rest.ApprovalEndpoint;
import io.stockobserver.sandbox.rest.ChkHolidayEndpoint;
import io.stockobserver.sandbox.rest.FaultAdminEndpoint;
import io.stockobserver.sandbox.rest.InquirePriceEndpoint;
import io.stockobserver.sandbox.rest.IntstockMultPriceEndpoint;
import io.stockobserver.sandbox.rest.MasterFileEndpoint;
import io.stockobserver.sandbox.rest.QuotationGateway;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.rest.RestServer;
import io.stockobserver.sandbox.rest.RevokeEndpoint;
import io.stockobserver.sandbox.rest.TokenEndpoint;
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
 * and {@link #wsUrl()} exactly as to the real venue, and {@link #close()} it.
 */
public final class KisSandbox implements AutoCloseable {

    private final SandboxOptions options;
    private final MarketModel market;
    private final SandboxStats stats;
    private final SandboxFaults faults;
    private final RestServer rest;
    private final KisWebSocketServer ws;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KisSandbox(
            SandboxOptions options,
            MarketModel market,
            SandboxStats stats,
            SandboxFaults faults,
            RestServer rest,
            KisWebSocketServer ws) {
        this.options = options;
        this.market = market;
        this.stats = stats;
        this.faults = faults;
        this.rest = rest;
        this.ws = ws;
    }

    /**
     * Builds the market model and starts both servers.
     *
     * @throws IOException if the bind address cannot be resolved or a port cannot be bound
     */
    public static KisSandbox start(SandboxOptions options) throws IOException {
        InetAddress bindAddress = InetAddress.getByName(options.bindAddress());
        SandboxCounters counters = new SandboxCounters();
        HolidayCalendar holidays = new HolidayCalendar(options.holidays());
        MarketModel market = MarketModel.create(new MarketModelSettings(
                options.seed(),
                options.symbolCount(),
                options.marketHours() == SandboxMarketHours.EXCHANGE
                        ? TradingCalendar.exchangeHours(holidays)
                        : TradingCalendar.alwaysOpen(),
                options.floodRecordsPerSecond() > 0 ? 0.0 : options.tradeIntensity(),
                options.clock()));
        AccessTokenIssuer tokens = new AccessTokenIssuer(
                new AccessTokenIssuer.Policy(
                        options.tokenReuseWindow(), options.tokenIssueMinInterval(), options.tokenLifetime()),
                options.clock());
        ApprovalKeyIssuer approvals = new ApprovalKeyIssuer(options.approvalMinInterval(), options.clock());
        FaultPlan faults = new FaultPlan();
        QuotationGateway gateway = new QuotationGateway(
                tokens,
                options.restCallsPerSecond(),
                options.rateLimitHttpStatus(),
                options.expiredTokenHttpStatus(),
                options.venueProfile() == SandboxVenueProfile.PAPER,
                faults,
                counters);
        MasterFiles masterFiles = new MasterFiles(market);
        List<RestEndpoint> endpoints = new ArrayList<>(List.of(
                new TokenEndpoint(tokens, counters),
                new ApprovalEndpoint(approvals, counters),
                new RevokeEndpoint(tokens),
                new InquirePriceEndpoint(market, gateway, counters),
                new IntstockMultPriceEndpoint(market, gateway, counters),
                new ChkHolidayEndpoint(holidays, faults, gateway, counters),
                new MasterFileEndpoint(MasterLayout.KOSPI, masterFiles, faults, counters),
                new MasterFileEndpoint(MasterLayout.KOSDAQ, masterFiles, faults, counters)));
        if (bindAddress.isLoopbackAddress()) {
            endpoints.addAll(FaultAdminEndpoint.all(faults));
        }
        RestServer rest = RestServer.start(bindAddress, options.restPort(), endpoints, counters);
        try {
            KisWebSocketServer ws = KisWebSocketServer.start(
                    bindAddress, options.wsPort(), wsSettings(options), market, approvals, counters);
            return new KisSandbox(
                    options, market, new SandboxStats(counters, market), new SandboxFaults(faults), rest, ws);
        } catch (IOException | RuntimeException e) {
            rest.close();
            throw e;
        }
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
