package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import io.stockobserver.sandbox.wire.KisJson;

/**
 * {@code GET /sandbox/stats} — the Upbit sandbox's counters as JSON, not an Upbit API:
 * {@code {"rest":{…,"groups":{"ticker":{"requests":n,"rateLimited":n},…}},"ws":{…,"framesSent":{"ticker":n,…}},
 * "market":{"droppedEvents":n}}}. Totals since start except the gauges connectionsOpen and subscriptions.
 */
final class UpbitStatsEndpoint implements RestEndpoint {

    static final String PATH = "/sandbox/stats";

    private final UpbitCounters counters;
    private final UpbitMarketModel market;

    UpbitStatsEndpoint(UpbitCounters counters, UpbitMarketModel market) {
        this.counters = counters;
        this.market = market;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public RestReply handle(RestRequest request) {
        ObjectNode body = KisJson.object();
        body.set("rest", rest());
        body.set("ws", ws());
        body.set("market", KisJson.object().put("droppedEvents", market.droppedEvents()));
        return RestReply.json(200, body);
    }

    private ObjectNode rest() {
        ObjectNode groups = KisJson.object();
        for (RateLimitGroup group : RateLimitGroup.values()) {
            groups.set(
                    group.wireName(),
                    KisJson.object()
                            .put("requests", counters.quotationRequests(group))
                            .put("rateLimited", counters.rateLimited(group)));
        }
        ObjectNode rest = KisJson.object()
                .put("requests", counters.restRequests())
                .put("rateLimited", counters.rateLimited())
                .put("blocked", counters.blockedAnswers())
                .put("blocksImposed", counters.blocksImposed())
                .put("injectedRateLimits", counters.injectedRateLimits())
                .put("injectedServerErrors", counters.injectedServerErrors())
                .put("injectedSlowResponses", counters.injectedSlowResponses())
                .put("injectedBlocks", counters.injectedBlocks());
        rest.set("groups", groups);
        return rest;
    }

    private ObjectNode ws() {
        ObjectNode frames = KisJson.object();
        counters.framesSent().forEach(frames::put);
        ObjectNode errors = KisJson.object();
        counters.requestErrors().forEach(errors::put);
        ObjectNode ws = KisJson.object()
                .put("connectionsAccepted", counters.connectionsAccepted())
                .put("connectionsOpen", counters.connectionsOpen())
                .put("connectionsRateLimited", counters.connectionsRateLimited())
                .put("connectionsRefusedByFault", counters.connectionsRefusedByFault())
                .put("handshakesRejected", counters.handshakesRejected())
                .put("subscribeRequests", counters.subscribeRequests())
                .put("listRequests", counters.listRequests())
                .put("messageRateRefusals", counters.messageRateRefusals())
                .put("subscriptions", counters.subscriptions())
                .put("snapshotFrames", counters.snapshotFrames())
                .put("realtimeFrames", counters.realtimeFrames())
                .put("framesDropped", counters.framesDropped())
                .put("framesWithheldByStall", counters.framesWithheld())
                .put("statusFramesSent", counters.statusFramesSent())
                .put("textPings", counters.textPings())
                .put("pingFrames", counters.pingFrames())
                .put("idleCloses", counters.idleCloses())
                .put("errorCloses", counters.errorCloses())
                .put("injectedSessionDrops", counters.injectedSessionDrops())
                .put("stalledSessions", counters.stalledSessions());
        ws.set("framesSent", frames);
        ws.set("errors", errors);
        return ws;
    }
}
