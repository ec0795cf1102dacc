package io.stockobserver.sandbox.upbit;

import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.util.Map;

/**
 * Live counters of a running Upbit sandbox; every call reads the current value. Totals since start unless the method
 * says "now". The same numbers are served as JSON at {@code GET /sandbox/stats}.
 */
public final class UpbitSandboxStats {

    private final UpbitCounters counters;
    private final UpbitMarketModel market;

    UpbitSandboxStats(UpbitCounters counters, UpbitMarketModel market) {
        this.counters = counters;
        this.market = market;
    }

    /** REST requests answered, whatever the path and outcome. */
    public long restRequests() {
        return counters.restRequests();
    }

    /** Requests to the quotation endpoints of a rate-limit group, whatever their outcome. */
    public long requests(RateLimitGroup group) {
        return counters.quotationRequests(group);
    }

    /** 429 answers of a group, real and injected. */
    public long rateLimited(RateLimitGroup group) {
        return counters.rateLimited(group);
    }

    /** 429 answers of every group. */
    public long rateLimited() {
        return counters.rateLimited();
    }

    /** 418 answers. */
    public long blocked() {
        return counters.blockedAnswers();
    }

    /** 418 blocks imposed for repeated 429s. */
    public long blocksImposed() {
        return counters.blocksImposed();
    }

    /** Injected 429 answers. */
    public long injectedRateLimits() {
        return counters.injectedRateLimits();
    }

    /** Injected HTTP 500 answers. */
    public long injectedServerErrors() {
        return counters.injectedServerErrors();
    }

    /** Injected slow answers. */
    public long injectedSlowResponses() {
        return counters.injectedSlowResponses();
    }

    /** 418 answers caused by an injected block. */
    public long injectedBlocks() {
        return counters.injectedBlocks();
    }

    /** WebSocket connections accepted. */
    public long connectionsAccepted() {
        return counters.connectionsAccepted();
    }

    /** WebSocket connections open now. */
    public long connectionsOpen() {
        return counters.connectionsOpen();
    }

    /** Upgrades refused with 429 by the connection limit. */
    public long connectionsRateLimited() {
        return counters.connectionsRateLimited();
    }

    /** Upgrades refused with 503 by an injected refusal window. */
    public long connectionsRefusedByFault() {
        return counters.connectionsRefusedByFault();
    }

    /** Upgrades rejected for their path (not /websocket/v1). */
    public long handshakesRejected() {
        return counters.handshakesRejected();
    }

    /** Subscribe requests applied. */
    public long subscribeRequests() {
        return counters.subscribeRequests();
    }

    /** LIST_SUBSCRIPTIONS requests answered. */
    public long listRequests() {
        return counters.listRequests();
    }

    /** Error frames sent, by name (WRONG_FORMAT, NO_TICKET, NO_TYPE, NO_CODES, INVALID_PARAM, TOO_MANY_REQUESTS). */
    public Map<String, Long> requestErrors() {
        return counters.requestErrors();
    }

    /** Requests refused by the per-connection message limit. */
    public long messageRateRefusals() {
        return counters.messageRateRefusals();
    }

    /** (type, market) subscriptions held now, across connections. */
    public long subscriptions() {
        return counters.subscriptions();
    }

    /** Data frames sent, by type: ticker, trade, orderbook. */
    public Map<String, Long> framesSent() {
        return counters.framesSent();
    }

    /** SNAPSHOT data frames sent. */
    public long snapshotFrames() {
        return counters.snapshotFrames();
    }

    /** REALTIME data frames sent. */
    public long realtimeFrames() {
        return counters.realtimeFrames();
    }

    /** Data frames dropped from the outbox of a connection that did not keep up. */
    public long framesDropped() {
        return counters.framesDropped();
    }

    /** Data frames discarded because their connection was stalled. */
    public long framesWithheldByStall() {
        return counters.framesWithheld();
    }

    /** {@code {"status":"UP"}} frames sent. */
    public long statusFramesSent() {
        return counters.statusFramesSent();
    }

    /** Text {@code PING} messages received. */
    public long textPings() {
        return counters.textPings();
    }

    /** RFC 6455 ping frames received (each answered with a pong). */
    public long pingFrames() {
        return counters.pingFrames();
    }

    /** Connections dropped for idling. */
    public long idleCloses() {
        return counters.idleCloses();
    }

    /** Connections closed with 1000 after an error frame. */
    public long errorCloses() {
        return counters.errorCloses();
    }

    /** Connections cut by injection. */
    public long injectedSessionDrops() {
        return counters.injectedSessionDrops();
    }

    /** Connections held by injected stalls (once per connection and stall). */
    public long injectedWsStalls() {
        return counters.stalledSessions();
    }

    /** Market events discarded because nobody drained them fast enough. */
    public long droppedMarketEvents() {
        return market.droppedEvents();
    }
}
