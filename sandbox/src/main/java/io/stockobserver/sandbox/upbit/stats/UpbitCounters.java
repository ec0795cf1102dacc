package io.stockobserver.sandbox.upbit.stats;

import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The Upbit sandbox's counters, incremented from many threads. Monotonic except the two gauges (open connections,
 * subscriptions held).
 */
public final class UpbitCounters {

    private final LongAdder restRequests = new LongAdder();
    private final Map<RateLimitGroup, LongAdder> quotationRequests = adders();
    private final Map<RateLimitGroup, LongAdder> rateLimited = adders();
    private final LongAdder blockedAnswers = new LongAdder();
    private final LongAdder blocksImposed = new LongAdder();
    private final LongAdder injectedRateLimits = new LongAdder();
    private final LongAdder injectedServerErrors = new LongAdder();
    private final LongAdder injectedSlowResponses = new LongAdder();
    private final LongAdder injectedBlocks = new LongAdder();
    private final LongAdder connectionsAccepted = new LongAdder();
    private final AtomicLong connectionsOpen = new AtomicLong();
    private final LongAdder connectionsRateLimited = new LongAdder();
    private final LongAdder connectionsRefusedByFault = new LongAdder();
    private final LongAdder handshakesRejected = new LongAdder();
    private final LongAdder subscribeRequests = new LongAdder();
    private final LongAdder listRequests = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> requestErrors = new ConcurrentHashMap<>();
    private final LongAdder messageRateRefusals = new LongAdder();
    private final AtomicLong subscriptions = new AtomicLong();
    private final ConcurrentHashMap<String, LongAdder> framesSent = new ConcurrentHashMap<>();
    private final LongAdder snapshotFrames = new LongAdder();
    private final LongAdder realtimeFrames = new LongAdder();
    private final LongAdder framesDropped = new LongAdder();
    private final LongAdder framesWithheld = new LongAdder();
    private final LongAdder statusFramesSent = new LongAdder();
    private final LongAdder textPings = new LongAdder();
    private final LongAdder pingFrames = new LongAdder();
    private final LongAdder idleCloses = new LongAdder();
    private final LongAdder errorCloses = new LongAdder();
    private final LongAdder injectedSessionDrops = new LongAdder();
    private final LongAdder stalledSessions = new LongAdder();

    private static Map<RateLimitGroup, LongAdder> adders() {
        Map<RateLimitGroup, LongAdder> map = new EnumMap<>(RateLimitGroup.class);
        for (RateLimitGroup group : RateLimitGroup.values()) {
            map.put(group, new LongAdder());
        }
        return map;
    }

    /** Counts an answered REST request (any path, any outcome). */
    public void restRequestAnswered() {
        restRequests.increment();
    }

    /** Counts a request to a quotation endpoint of a group, whatever its outcome. */
    public void quotationRequest(RateLimitGroup group) {
        quotationRequests.get(group).increment();
    }

    /** Counts a 429 of a group (real or injected). */
    public void rateLimitAnswered(RateLimitGroup group) {
        rateLimited.get(group).increment();
    }

    /** Counts a 418 answer. */
    public void blockedAnswer() {
        blockedAnswers.increment();
    }

    /** Counts a block imposed for repeated 429s. */
    public void blockImposed() {
        blocksImposed.increment();
    }

    /** Counts an injected 429 (also counted by {@link #rateLimited}). */
    public void injectedRateLimit() {
        injectedRateLimits.increment();
    }

    /** Counts an injected HTTP 500. */
    public void injectedServerError() {
        injectedServerErrors.increment();
    }

    /** Counts an injected slow answer. */
    public void injectedSlowResponse() {
        injectedSlowResponses.increment();
    }

    /** Counts a 418 answered because of an injected block (also counted by {@link #blockedAnswer()}). */
    public void injectedBlock() {
        injectedBlocks.increment();
    }

    /** Counts an opened WebSocket connection. */
    public void connectionOpened() {
        connectionsAccepted.increment();
        connectionsOpen.incrementAndGet();
    }

    /** Counts a closed WebSocket connection. */
    public void connectionClosed() {
        connectionsOpen.decrementAndGet();
    }

    /** Counts an upgrade refused with 429 by the connection limit. */
    public void connectionRateLimited() {
        connectionsRateLimited.increment();
    }

    /** Counts an upgrade refused by an injected refusal window. */
    public void connectionRefusedByFault() {
        connectionsRefusedByFault.increment();
    }

    /** Counts an upgrade rejected for its path. */
    public void handshakeRejected() {
        handshakesRejected.increment();
    }

    /** Counts an applied subscribe request. */
    public void subscribeRequest() {
        subscribeRequests.increment();
    }

    /** Counts an answered LIST_SUBSCRIPTIONS request. */
    public void listRequest() {
        listRequests.increment();
    }

    /** Counts an error frame by name (WRONG_FORMAT, NO_TICKET, …). */
    public void requestError(String name) {
        requestErrors.computeIfAbsent(name, key -> new LongAdder()).increment();
    }

    /** Counts a message refused by the per-connection message limit. */
    public void messageRateRefused() {
        messageRateRefusals.increment();
    }

    /** Adds to the subscriptions gauge ((type, code) pairs held across connections); negative to remove. */
    public void subscriptionsChanged(long delta) {
        subscriptions.addAndGet(delta);
    }

    /** Counts a data frame handed to a socket. */
    public void frameSent(String type, boolean snapshot) {
        framesSent.computeIfAbsent(type, key -> new LongAdder()).increment();
        (snapshot ? snapshotFrames : realtimeFrames).increment();
    }

    /** Counts a data frame dropped from a full outbox. */
    public void frameDropped() {
        framesDropped.increment();
    }

    /** Counts a data frame discarded because its connection was stalled. */
    public void frameWithheld() {
        framesWithheld.increment();
    }

    /** Counts a {@code {"status":"UP"}} sent. */
    public void statusSent() {
        statusFramesSent.increment();
    }

    /** Counts a text {@code PING} received. */
    public void textPingReceived() {
        textPings.increment();
    }

    /** Counts an RFC 6455 ping frame received. */
    public void pingFrameReceived() {
        pingFrames.increment();
    }

    /** Counts a connection dropped for idling. */
    public void idleClosed() {
        idleCloses.increment();
    }

    /** Counts a connection closed after an error frame. */
    public void errorClosed() {
        errorCloses.increment();
    }

    /** Counts connections cut by injection. */
    public void injectedSessionDrops(int count) {
        injectedSessionDrops.add(count);
    }

    /** Counts a connection held by an injected stall (once per connection and stall). */
    public void sessionStalled() {
        stalledSessions.increment();
    }

    /** Returns answered REST requests (any path, any outcome). */
    public long restRequests() {
        return restRequests.sum();
    }

    /** Returns requests to the quotation endpoints of a group, whatever their outcome. */
    public long quotationRequests(RateLimitGroup group) {
        return quotationRequests.get(group).sum();
    }

    /** Returns 429 answers of a group (real and injected). */
    public long rateLimited(RateLimitGroup group) {
        return rateLimited.get(group).sum();
    }

    /** Returns 429 answers of every group. */
    public long rateLimited() {
        return rateLimited.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Returns 418 answers. */
    public long blockedAnswers() {
        return blockedAnswers.sum();
    }

    /** Returns blocks imposed for repeated 429s. */
    public long blocksImposed() {
        return blocksImposed.sum();
    }

    /** Returns injected 429 answers. */
    public long injectedRateLimits() {
        return injectedRateLimits.sum();
    }

    /** Returns injected HTTP 500 answers. */
    public long injectedServerErrors() {
        return injectedServerErrors.sum();
    }

    /** Returns injected slow answers. */
    public long injectedSlowResponses() {
        return injectedSlowResponses.sum();
    }

    /** Returns 418 answers caused by an injected block. */
    public long injectedBlocks() {
        return injectedBlocks.sum();
    }

    /** Returns WebSocket connections accepted since start. */
    public long connectionsAccepted() {
        return connectionsAccepted.sum();
    }

    /** Returns WebSocket connections open now. */
    public long connectionsOpen() {
        return connectionsOpen.get();
    }

    /** Returns upgrades refused with 429 by the connection limit. */
    public long connectionsRateLimited() {
        return connectionsRateLimited.sum();
    }

    /** Returns upgrades refused by an injected refusal window. */
    public long connectionsRefusedByFault() {
        return connectionsRefusedByFault.sum();
    }

    /** Returns upgrades rejected for their path. */
    public long handshakesRejected() {
        return handshakesRejected.sum();
    }

    /** Returns subscribe requests applied. */
    public long subscribeRequests() {
        return subscribeRequests.sum();
    }

    /** Returns LIST_SUBSCRIPTIONS requests answered. */
    public long listRequests() {
        return listRequests.sum();
    }

    /** Returns the error frames by name, sorted. */
    public Map<String, Long> requestErrors() {
        Map<String, Long> copy = new TreeMap<>();
        requestErrors.forEach((name, adder) -> copy.put(name, adder.sum()));
        return copy;
    }

    /** Returns messages refused by the per-connection message limit. */
    public long messageRateRefusals() {
        return messageRateRefusals.sum();
    }

    /** Returns (type, code) subscriptions held now across connections. */
    public long subscriptions() {
        return subscriptions.get();
    }

    /** Returns the data frames sent by type (ticker, trade, orderbook), sorted. */
    public Map<String, Long> framesSent() {
        Map<String, Long> copy = new TreeMap<>();
        framesSent.forEach((type, adder) -> copy.put(type, adder.sum()));
        return copy;
    }

    /** Returns SNAPSHOT data frames sent. */
    public long snapshotFrames() {
        return snapshotFrames.sum();
    }

    /** Returns REALTIME data frames sent. */
    public long realtimeFrames() {
        return realtimeFrames.sum();
    }

    /** Returns data frames dropped from full outboxes. */
    public long framesDropped() {
        return framesDropped.sum();
    }

    /** Returns data frames discarded because their connection was stalled. */
    public long framesWithheld() {
        return framesWithheld.sum();
    }

    /** Returns {@code {"status":"UP"}} frames sent. */
    public long statusFramesSent() {
        return statusFramesSent.sum();
    }

    /** Returns text {@code PING} messages received. */
    public long textPings() {
        return textPings.sum();
    }

    /** Returns RFC 6455 ping frames received. */
    public long pingFrames() {
        return pingFrames.sum();
    }

    /** Returns connections dropped for idling. */
    public long idleCloses() {
        return idleCloses.sum();
    }

    /** Returns connections closed after an error frame. */
    public long errorCloses() {
        return errorCloses.sum();
    }

    /** Returns connections cut by injection. */
    public long injectedSessionDrops() {
        return injectedSessionDrops.sum();
    }

    /** Returns connections held by injected stalls (once per connection and stall). */
    public long stalledSessions() {
        return stalledSessions.sum();
    }
}
